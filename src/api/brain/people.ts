// Users (your own: email and SSH keys), privileges and API keys.
import { InvalidResponseError } from '../errors';
import { seg, serverPath } from '../paths';
import {
  ApiKeyListSchema, ApiKeySchema, PrivilegeListSchema, PrivilegeSchema, UserSchema,
  type ApiKey, type Privilege, type User,
} from '../resourceSchemas';
import type { CallOptions, ServerRef } from '../types';
import type { BrainCaller } from './caller';
import { accountPath, groupPath, type ApiKeySpec, type GrantSpec, type GroupRef, type PrivilegeScope } from './refs';

/** The lines of an `authorized_keys` string: one key each, blanks dropped. */
export function splitKeys(authorizedKeys: string | null | undefined): string[] {
  return (authorizedKeys ?? '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
}

/** The bearer token an API key is used with. */
export const apiKeyToken = (secret: string) => (secret.startsWith('apikey.') ? secret : `apikey.${secret}`);

export class UsersApi {
  constructor(private readonly c: BrainCaller) {}

  get(user: string | number, o?: CallOptions): Promise<User> {
    return this.c.json({ method: 'GET', path: `/users/${seg(user)}`, action: `read user ${user}` }, UserSchema, 'user', o);
  }

  /** Partial: only what is given changes. `authorized_keys` replaces all keys. */
  update(user: string | number, patch: { email?: string; authorized_keys?: string }, o?: CallOptions): Promise<User | undefined> {
    return this.c.maybeJson({ method: 'PUT', path: `/users/${seg(user)}`, action: `update user ${user}`, body: patch }, UserSchema, 'user', o);
  }

  async authorizedKeys(user: string | number, o?: CallOptions): Promise<string[]> {
    return splitKeys((await this.get(user, o)).authorized_keys);
  }

  /** `GET /users/{user}`, refused when the answer is someone else's record (which is not yours to show or edit). */
  async own(user: string | number, o?: CallOptions): Promise<User> {
    return this.same(user, await this.get(user, o), `read user ${user}`, '');
  }

  /** Read, append (unless present), write back the whole user, as the Go client does. */
  async addAuthorizedKey(user: string | number, key: string, o?: CallOptions): Promise<void> {
    const u = await this.toWrite(user, o);
    const keys = splitKeys(u.authorized_keys);
    if (keys.includes(key.trim())) return;
    await this.putKeys(user, u, [...keys, key.trim()], o);
  }

  /** Removes every line equal to `key`, or ending with it as the comment (e.g. "me@laptop"). */
  async removeAuthorizedKey(user: string | number, key: string, o?: CallOptions): Promise<void> {
    const u = await this.toWrite(user, o);
    const wanted = key.trim();
    const keys = splitKeys(u.authorized_keys);
    const kept = keys.filter((k) => k !== wanted && !k.endsWith(` ${wanted}`));
    if (kept.length !== keys.length) await this.putKeys(user, u, kept, o);
  }

  /** Another user's record would have their keys rewritten from ours, or ours written onto it. */
  private async toWrite(user: string | number, o?: CallOptions): Promise<User> {
    return this.same(user, await this.get(user, o), `update the SSH keys of user ${user}`, ', so nothing was written');
  }

  private same(user: string | number, u: User, action: string, outcome: string): User {
    if (typeof user === 'number' ? u.id === user : u.username === user) return u;
    const ctx = { action, endpoint: `GET /users/${seg(user)}` };
    throw new InvalidResponseError(`it answered with user ${u.username}, not ${user}${outcome}`, ctx);
  }

  /** To the user asked for (the signed-in one), never to a name taken from the answer. */
  private async putKeys(user: string | number, u: User, keys: string[], o?: CallOptions): Promise<void> {
    const body: Record<string, unknown> = { id: u.id, username: u.username, authorized_keys: keys.join('\n') };
    if (typeof u.email === 'string') body.email = u.email;
    await this.c.send({ method: 'PUT', path: `/users/${seg(user)}`, action: `update the SSH keys of user ${user}`, body }, o);
  }
}

function scopePath(s: PrivilegeScope): string {
  if ('server' in s) return serverPath(s as ServerRef);
  if ('group' in s) return groupPath(s as GroupRef);
  return accountPath(s);
}

export class PrivilegesApi {
  constructor(private readonly c: BrainCaller) {}

  /** Every privilege you can see: your own, and those on what you administer. */
  list(o?: CallOptions): Promise<Privilege[]> {
    return this.c.json({ method: 'GET', path: '/privileges', action: 'list privileges' }, PrivilegeListSchema, 'privileges', o);
  }

  forUser(user: string | number, o?: CallOptions): Promise<Privilege[]> {
    return this.c.json({ method: 'GET', path: `/users/${seg(user)}/privileges`, action: `list the privileges of user ${user}` }, PrivilegeListSchema, 'privileges', o);
  }

  /** The grants on an account, a group or a server. */
  on(scope: PrivilegeScope, o?: CallOptions): Promise<Privilege[]> {
    return this.c.json({ method: 'GET', path: `${scopePath(scope)}/privileges`, action: 'list privileges' }, PrivilegeListSchema, 'privileges', o);
  }

  grant(user: string, spec: GrantSpec, o?: CallOptions): Promise<Privilege | undefined> {
    return this.c.maybeJson({ method: 'POST', path: `/users/${seg(user)}/privileges`, action: `grant ${spec.level} to ${user}`, body: spec }, PrivilegeSchema, 'privilege', o);
  }

  revoke(id: number, o?: CallOptions): Promise<void> {
    return this.c.send({ method: 'DELETE', path: `/privileges/${seg(id)}`, action: `revoke privilege #${id}` }, o);
  }
}

export class ApiKeysApi {
  constructor(private readonly c: BrainCaller) {}

  list(o?: CallOptions): Promise<ApiKey[]> {
    return this.c.json({ method: 'GET', path: '/api_keys?view=overview', action: 'list API keys' }, ApiKeyListSchema, 'api_keys', o);
  }

  /** The answer carries `api_key`, shown this once; use it as `apiKeyToken(key.api_key)`. */
  async create(spec: ApiKeySpec, o?: CallOptions): Promise<ApiKey> {
    return this.c.json({ method: 'POST', path: '/api_keys', action: `create API key ${spec.label}`, body: spec }, ApiKeySchema, 'api_key', o);
  }

  delete(id: number, o?: CallOptions): Promise<void> {
    return this.c.send({ method: 'DELETE', path: `/api_keys/${seg(id)}`, action: `delete API key #${id}` }, o);
  }
}
