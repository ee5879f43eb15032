// Two VS Code windows of one profile, without VS Code: an in-memory SecretStorage shared by
// several SessionManagers, non-secret state, and a scripted user in place of the input boxes.
import type { ApiKeySignInOptions, KeyValueStore, SecretStore, SessionUi, SignInOptions, SignInResult } from '../../src/session/types';

export const PASSWORD = 'demo-password';

/** One profile's SecretStorage: every window sees every change, asynchronously, as in VS Code. */
export class SharedSecrets {
  readonly map = new Map<string, string>();
  private readonly listeners = new Set<(e: { key: string }) => unknown>();
  view(): SecretStore {
    return {
      get: async (k) => this.map.get(k),
      store: async (k, v) => {
        this.map.set(k, v);
        this.fire(k);
      },
      delete: async (k) => {
        if (this.map.delete(k)) this.fire(k);
      },
      onDidChange: (l) => {
        this.listeners.add(l);
        return { dispose: () => this.listeners.delete(l) };
      },
    };
  }
  private fire(key: string): void {
    setImmediate(() => {
      for (const l of this.listeners) l({ key });
    });
  }
}

export class MemoryState implements KeyValueStore {
  readonly map = new Map<string, unknown>();
  get<T>(k: string): T | undefined {
    return this.map.get(k) as T | undefined;
  }
  async update(k: string, v: unknown): Promise<void> {
    this.map.set(k, v);
  }
}

/** Types what a user would type; records what the session told them. */
export class ScriptedUser implements SessionUi {
  username = 'demo';
  password = PASSWORD;
  expiredMessages = 0;
  endpointErrors: string[] = [];
  prompts: SignInOptions[] = [];
  async signIn(o: SignInOptions): Promise<SignInResult | undefined> {
    this.prompts.push(o);
    const token = await o.auth.createSession({ username: this.username, password: this.password, validitySeconds: o.validitySeconds });
    return { token, info: await o.auth.readSession(token), password: this.password };
  }
  expiredReasons: string[] = [];
  async sessionExpired(reason: 'expired' | 'endpoint-changed' | 'api-key-refused' | 'upgraded'): Promise<boolean> {
    this.expiredMessages++;
    this.expiredReasons.push(reason);
    return false;
  }
  apiKey: string | undefined;
  async signInWithApiKey(o: ApiKeySignInOptions): Promise<{ token: string; username: string } | undefined> {
    if (this.apiKey === undefined) return undefined;
    try {
      return await o.verify(this.apiKey, new AbortController().signal);
    } catch (err) {
      this.apiKeyErrors.push(err);
      return undefined;
    }
  }
  apiKeyErrors: unknown[] = [];
  endpointUnusable(reason: string): void {
    this.endpointErrors.push(reason);
  }
}

export async function until(what: string, cond: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

