// Where the session token lives: SecretStorage only (never settings, state or logs). Shared by
// every window of the same VS Code profile, which is what keeps their sign-in state in step.
import { isSessionKey, passwordKey, tokenKey, userKey } from './keys';
import type { SecretStore } from './types';

export interface StoredSession {
  username: string;
  token: string;
}

export class SessionStore {
  /**
   * `scope`: a profile other than the default keeps its session under its own keys, so two
   * profiles on one auth server (two users) never read each other's token. The default profile
   * uses the keys sessions were always stored under, so they survive the upgrade.
   */
  constructor(
    private readonly secrets: SecretStore,
    private readonly scope?: string,
  ) {}

  private key(authEndpoint: string): string {
    return this.scope ? `${authEndpoint}#${this.scope}` : authEndpoint;
  }

  async load(endpoint: string): Promise<StoredSession | undefined> {
    const authEndpoint = this.key(endpoint);
    const username = await this.secrets.get(userKey(authEndpoint));
    if (!username) return undefined;
    const token = await this.secrets.get(tokenKey(authEndpoint, username));
    return token ? { username, token } : undefined;
  }

  async save(endpoint: string, session: StoredSession): Promise<void> {
    const authEndpoint = this.key(endpoint);
    // Token first: a window reacting to the index change must find the token already there.
    await this.secrets.store(tokenKey(authEndpoint, session.username), session.token);
    await this.secrets.store(userKey(authEndpoint), session.username);
  }

  async clear(endpoint: string): Promise<void> {
    const authEndpoint = this.key(endpoint);
    const username = await this.secrets.get(userKey(authEndpoint));
    await this.secrets.delete(userKey(authEndpoint));
    if (username) await this.secrets.delete(tokenKey(authEndpoint, username));
  }

  loadPassword(authEndpoint: string, username: string): Thenable<string | undefined> {
    return this.secrets.get(passwordKey(this.key(authEndpoint), username));
  }

  savePassword(authEndpoint: string, username: string, password: string): Thenable<void> {
    return this.secrets.store(passwordKey(this.key(authEndpoint), username), password);
  }

  clearPassword(authEndpoint: string, username: string): Thenable<void> {
    return this.secrets.delete(passwordKey(this.key(authEndpoint), username));
  }

  /** Fires when this endpoint's session changed in SecretStorage (from any window, this one included). */
  onDidChange(authEndpoint: () => string, listener: () => void): { dispose(): unknown } {
    return this.secrets.onDidChange((e) => {
      if (isSessionKey(e.key, this.key(authEndpoint()))) listener();
    });
  }
}
