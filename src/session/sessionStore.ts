// Where a profile's secrets live: SecretStorage only (never settings, state or logs), shared by
// every window of the same VS Code profile, which is what keeps their sign-in state in step.
// Each secret is stored with the endpoints it was issued for and handed out only for those: a
// token, API key or password is never sent to another host because a setting changed under it.
import { isApiKeyToken } from './apiKey';
import { sameEndpoints, type Endpoints } from './endpoints';
import { profileSecretKeys, secretKey, type SecretKind } from './keys';
import { dropLegacySecrets } from './legacySecrets';
import type { SecretStore } from './types';

export interface StoredSession {
  username: string;
  token: string;
}

/** What the store holds for the endpoints in use. */
export type Stored =
  | { kind: 'session'; session: StoredSession }
  | { kind: 'none' }
  /** A session issued for other endpoints: the settings changed since. */
  | { kind: 'elsewhere'; apiKey: boolean }
  /** A session stored by a version before sessions were bound to endpoints: deleted, unused. */
  | { kind: 'legacy' };

/** A secret with the user and the endpoints it belongs to. */
interface Bound extends Endpoints {
  username: string;
  secret: string;
}

function parse(raw: string | undefined): Bound | 'unreadable' | undefined {
  if (raw === undefined) return undefined;
  try {
    const b = JSON.parse(raw) as Partial<Record<keyof Bound, unknown>>;
    const fields = [b.username, b.secret, b.apiEndpoint, b.authEndpoint];
    return fields.every((f) => typeof f === 'string' && f !== '') ? (b as Bound) : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

export class SessionStore {
  /** `profileId` keys every secret: two profiles on one auth server (two users) never read each other's. */
  constructor(
    private readonly secrets: SecretStore,
    readonly profileId: string,
  ) {}

  private async read(kind: SecretKind): Promise<Bound | 'unreadable' | undefined> {
    return parse(await this.secrets.get(secretKey(this.profileId, kind)));
  }

  private write(kind: SecretKind, at: Endpoints, username: string, secret: string): Thenable<void> {
    const bound: Bound = { username, secret, apiEndpoint: at.apiEndpoint, authEndpoint: at.authEndpoint };
    return this.secrets.store(secretKey(this.profileId, kind), JSON.stringify(bound));
  }

  /** The session for these endpoints, as it is (another window's change, the last-known tree). */
  async load(at: Endpoints): Promise<Stored> {
    const bound = await this.read('session');
    if (bound === undefined || bound === 'unreadable') return { kind: 'none' };
    if (!sameEndpoints(bound, at)) return { kind: 'elsewhere', apiKey: isApiKeyToken(bound.secret) };
    return { kind: 'session', session: { username: bound.username, token: bound.secret } };
  }

  /**
   * The session for these endpoints, after deleting every secret of this profile that is bound
   * to other endpoints, unreadable, or from before secrets were bound (legacySecrets.ts says why
   * those are not kept). For activation and an endpoint change, where the settings are settled.
   */
  async settle(at: Endpoints, lastUsername: string | undefined): Promise<Stored> {
    const legacy = await dropLegacySecrets(this.secrets, this.profileId, at.authEndpoint, lastUsername);
    const stored = await this.load(at);
    if (legacy && stored.kind === 'none') return { kind: 'legacy' };
    if (stored.kind === 'elsewhere') {
      await this.forgetAll();
      return stored;
    }
    if (stored.kind === 'none' && (await this.read('session')) === 'unreadable') await this.clear();
    const password = await this.read('password');
    if (password === 'unreadable' || (password !== undefined && !sameEndpoints(password, at))) await this.clearPassword();
    return stored;
  }

  save(at: Endpoints, session: StoredSession): Thenable<void> {
    return this.write('session', at, session.username, session.token);
  }

  /** Deletes the session (the remembered password stays, for the next silent renewal). */
  clear(): Thenable<void> {
    return this.secrets.delete(secretKey(this.profileId, 'session'));
  }

  /** The password remembered for this user at these endpoints, if any. */
  async loadPassword(at: Endpoints, username: string): Promise<string | undefined> {
    const bound = await this.read('password');
    return bound !== undefined && bound !== 'unreadable' && bound.username === username && sameEndpoints(bound, at) ? bound.secret : undefined;
  }

  savePassword(at: Endpoints, username: string, password: string): Thenable<void> {
    return this.write('password', at, username, password);
  }

  clearPassword(): Thenable<void> {
    return this.secrets.delete(secretKey(this.profileId, 'password'));
  }

  /** Deletes every secret the profile has (sign-out, Remove Profile). */
  forgetAll(): Promise<void> {
    return forgetProfileSecrets(this.secrets, this.profileId);
  }

  /** Fires when this profile's session changed in SecretStorage (from any window, this one included). */
  onDidChange(listener: () => void): { dispose(): unknown } {
    const key = secretKey(this.profileId, 'session');
    return this.secrets.onDidChange((e) => {
      if (e.key === key) listener();
    });
  }
}

/** Deletes every secret of a profile, by its id alone (it may no longer be in the settings). */
export async function forgetProfileSecrets(secrets: SecretStore, profileId: string): Promise<void> {
  // The session first: a window reacting to its deletion must not find a password to renew with.
  for (const key of profileSecretKeys(profileId)) await secrets.delete(key);
}
