// Users as the brain sees them (GET/PUT /users/{u}), their privileges and their API keys.
// Passwords and 2FA live with the auth server (SimUser in seed.ts); this is the brain's side.
import { randomBytes } from 'node:crypto';
import type { PrivilegeLevel, SimApiKey, SimPrivilege, SimUserProfile } from './types';

export type PrivilegeTarget = 'account_id' | 'group_id' | 'virtual_machine_id';

export interface NewPrivilege {
  username: string;
  level: PrivilegeLevel;
  target: PrivilegeTarget;
  targetId: number;
  api_key_id?: number;
  yubikey_required?: boolean;
  yubikey_otp_max_age?: number | null;
  ip_restrictions?: string | null;
  password_required?: boolean;
  creating_username?: string | null;
}

export class People {
  readonly users = new Map<string, SimUserProfile>();
  readonly privileges = new Map<number, SimPrivilege>();
  readonly apiKeys = new Map<number, SimApiKey>();
  private nextUserId = 1;
  private nextPrivilegeId = 501;
  private nextApiKeyId = 41;

  addUser(username: string, email: string, authorized_keys = ''): SimUserProfile {
    const u: SimUserProfile = { id: this.nextUserId++, username, email, authorized_keys };
    this.users.set(username, u);
    return u;
  }

  /** By id or username, as the API allows. */
  userByRef(ref: string): SimUserProfile | undefined {
    const byName = this.users.get(ref);
    if (byName) return byName;
    if (/^\d+$/.test(ref)) for (const u of this.users.values()) if (u.id === Number(ref)) return u;
    return undefined;
  }

  grant(p: NewPrivilege): SimPrivilege {
    const priv: SimPrivilege = {
      id: this.nextPrivilegeId++,
      username: p.username,
      level: p.level,
      [p.target]: p.targetId,
      ...(p.api_key_id !== undefined ? { api_key_id: p.api_key_id } : {}),
      yubikey_required: p.yubikey_required ?? false,
      yubikey_otp_max_age: p.yubikey_otp_max_age ?? null,
      ip_restrictions: p.ip_restrictions ?? null,
      password_required: p.password_required ?? false,
      creating_username: p.creating_username ?? null,
    };
    this.privileges.set(priv.id, priv);
    return priv;
  }

  revoke(id: number): void {
    this.privileges.delete(id);
  }

  /** Privileges that act for a request: the user's own, or only the key's when an API key is used. */
  actingPrivileges(username: string, apiKeyId: number | undefined): SimPrivilege[] {
    return [...this.privileges.values()].filter((p) => p.username === username && p.api_key_id === apiKeyId);
  }

  /** When a server, group or account goes away, so do the grants on it. */
  forgetTarget(target: PrivilegeTarget, id: number): void {
    for (const p of [...this.privileges.values()]) if (p[target] === id) this.privileges.delete(p.id);
  }

  addApiKey(user: SimUserProfile, label: string, expires_at: string | null, secret?: string): SimApiKey {
    const k: SimApiKey = {
      id: this.nextApiKeyId++,
      user_id: user.id,
      username: user.username,
      label,
      api_key: secret ?? randomBytes(24).toString('hex'),
      expires_at,
    };
    this.apiKeys.set(k.id, k);
    return k;
  }

  deleteApiKey(id: number): void {
    this.apiKeys.delete(id);
    for (const p of [...this.privileges.values()]) if (p.api_key_id === id) this.privileges.delete(p.id);
  }

  /** The key a bearer token `apikey.<secret>` names, if it exists and has not expired. */
  apiKeyForToken(token: string, now = Date.now()): SimApiKey | undefined {
    if (!token.startsWith('apikey.')) return undefined;
    const secret = token.slice('apikey.'.length);
    for (const k of this.apiKeys.values()) {
      if (k.api_key !== secret) continue;
      if (k.expires_at !== null && Date.parse(k.expires_at) <= now) return undefined;
      return k;
    }
    return undefined;
  }
}
