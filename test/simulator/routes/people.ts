// Users (GET/PUT /users/{u}: your own only), privileges (list, grant, revoke, and the lists on an
// account, group or server) and API keys. A privilege is visible to its holder and to whoever
// administers the thing it is on; granting and revoking need that administration.
import type { Ctx } from '../brain';
import { methodNotAllowed, notFound } from '../access';
import { json, jsonObjectBody, noContent, problems, type Reply, type SimRequest } from '../http';
import type { PrivilegeTarget } from '../people';
import { apiKeyJson, privilegeJson, userJson } from '../serialize';
import { PRIVILEGE_LEVELS, type PrivilegeLevel, type SimPrivilege } from '../types';
import type { Problems } from '../validate';

const SSH_KEY = /^(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp(?:256|384|521)|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/]+={0,3}(?: .*)?$/;
const TARGET_OF: Record<PrivilegeLevel, PrivilegeTarget | undefined> = {
  cluster_su: undefined, cluster_admin: undefined, account_admin: 'account_id', group_admin: 'group_id', vm_admin: 'virtual_machine_id', vm_console: 'virtual_machine_id',
};

const visible = (c: Ctx, p: SimPrivilege) => p.username === c.ax.username || c.ax.adminsTargetOf(p);
const list = (c: Ctx, ps: Iterable<SimPrivilege>) => json(200, [...ps].filter((p) => visible(c, p)).map((p) => privilegeJson(c.state, p)));

export function userRoutes(c: Ctx, req: SimRequest, p: string[]): Reply {
  const people = c.state.people;
  const self = people.users.get(c.ax.username);
  if (p.length === 0) {
    if (req.method !== 'GET') return methodNotAllowed(['GET']);
    return json(200, self ? [userJson(self)] : []);
  }
  const u = people.userByRef(p[0]!);
  if (!u) return notFound(`user '${p[0]}'`);
  if (p.length === 2 && p[1] === 'privileges') {
    if (req.method === 'GET') return list(c, [...people.privileges.values()].filter((x) => x.username === u.username));
    if (req.method !== 'POST') return methodNotAllowed(['GET', 'POST']);
    return grant(c, req, u.username);
  }
  if (p.length !== 1) return notFound(`the path ${req.pathname}`);
  if (u !== self) return notFound(`user '${p[0]}'`); // other people's details are not yours to see
  if (req.method === 'GET') return json(200, userJson(u));
  if (req.method !== 'PUT') return methodNotAllowed(['GET', 'PUT']);
  const body = jsonObjectBody(req);
  if (!body.ok) return body.reply;
  const { authorized_keys: keys, email } = body.value; // id and username are read-only: dropped
  const problemsFound: Problems = {};
  if (keys !== undefined) {
    if (typeof keys !== 'string') problemsFound.authorized_keys = ['must be a string of keys, one per line'];
    else {
      const bad = keys.split(/\r?\n/).map((l, i) => [l.trim(), i + 1] as const).filter(([l]) => l !== '' && !SSH_KEY.test(l));
      if (bad.length > 0) problemsFound.authorized_keys = bad.map(([, n]) => `line ${n} is not an SSH public key`);
    }
  }
  if (email !== undefined && (typeof email !== 'string' || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))) problemsFound.email = ['is invalid'];
  if (Object.keys(problemsFound).length > 0) return problems(problemsFound);
  if (typeof keys === 'string') u.authorized_keys = keys;
  if (typeof email === 'string') u.email = email;
  return json(200, userJson(u));
}

function grant(c: Ctx, req: SimRequest, username: string): Reply {
  const body = jsonObjectBody(req);
  if (!body.ok) return body.reply;
  const b = body.value;
  const level = b.level;
  if (typeof level !== 'string' || !(PRIVILEGE_LEVELS as readonly string[]).includes(level)) {
    return problems({ level: [level ? `is not included in the list (${PRIVILEGE_LEVELS.join(', ')})` : "can't be blank"] });
  }
  const target = TARGET_OF[level as PrivilegeLevel];
  if (!target) return c.ax.forbidden('cluster privileges (Bytemark staff only)');
  const id = b[target];
  const exists = typeof id === 'number' && (target === 'account_id' ? c.state.accounts.get(id) : target === 'group_id' ? c.state.groups.get(id) : c.state.vms.get(id));
  const seen = exists && (target === 'account_id' ? c.ax.account(String(id)).ok : target === 'group_id'
    ? c.ax.seesGroup(c.state.groups.get(id as number)!) : c.ax.seesServer(c.state.vms.get(id as number)!));
  if (!seen) return problems({ [target]: [id === undefined ? `can't be blank (a ${level} privilege is on a ${target.replace('_id', '').replace('_', ' ')})` : 'is invalid (no such thing, or you cannot see it)'] });
  if (!c.ax.adminsTargetOf({ [target]: id })) return c.ax.forbidden(`the privileges on ${target.replace('_id', '')} ${id}`);
  const apiKeyId = b.api_key_id;
  if (apiKeyId !== undefined && apiKeyId !== null) {
    const key = typeof apiKeyId === 'number' ? c.state.people.apiKeys.get(apiKeyId) : undefined;
    if (!key || key.username !== username) return problems({ api_key_id: [`is invalid (not an API key of ${username})`] });
  }
  const dup = [...c.state.people.privileges.values()].some((x) =>
    x.username === username && x.level === level && x[target] === id && x.api_key_id === (apiKeyId ?? undefined));
  if (dup) return problems({ level: ['has already been granted to this user on this'] });
  const p = c.state.people.grant({
    username, level: level as PrivilegeLevel, target, targetId: id as number,
    ...(typeof apiKeyId === 'number' ? { api_key_id: apiKeyId } : {}),
    yubikey_required: b.yubikey_required === true,
    yubikey_otp_max_age: typeof b.yubikey_otp_max_age === 'number' ? b.yubikey_otp_max_age : null,
    ip_restrictions: typeof b.ip_restrictions === 'string' && b.ip_restrictions !== '' ? b.ip_restrictions : null,
    // `grant privilege` without --api-key-id sends "password_required": true (bigv-api.md §B.6);
    // the field is the privilege's own (§B.9), so it is kept and read back as sent.
    password_required: b.password_required === true,
    creating_username: c.ax.username,
  });
  return json(201, privilegeJson(c.state, p));
}

/** `GET /privileges`, `GET /privileges/{id}`, `DELETE /privileges/{id}`. */
export function privilegeRoutes(c: Ctx, req: SimRequest, p: string[]): Reply {
  const all = c.state.people.privileges;
  if (p.length === 0) {
    if (req.method !== 'GET') return methodNotAllowed(['GET']);
    const user = req.query.get('user_name') ?? req.query.get('username');
    return list(c, [...all.values()].filter((x) => user === null || x.username === user));
  }
  const priv = p.length === 1 ? all.get(Number(p[0])) : undefined;
  if (!priv || !visible(c, priv)) return notFound(`privilege ${p[0]}`);
  if (req.method === 'GET') return json(200, privilegeJson(c.state, priv));
  if (req.method !== 'DELETE') return methodNotAllowed(['GET', 'DELETE']);
  if (!c.ax.adminsTargetOf(priv)) return c.ax.forbidden(`privilege ${priv.id}`);
  c.state.people.revoke(priv.id);
  return noContent();
}

/** `GET …/privileges` on an account, group or server: the grants on that thing. */
export function privilegesOn(c: Ctx, req: SimRequest, on: Partial<Pick<SimPrivilege, PrivilegeTarget>>): Reply {
  if (req.method !== 'GET') return methodNotAllowed(['GET']);
  const [[field, id]] = Object.entries(on) as Array<[PrivilegeTarget, number]>;
  return list(c, [...c.state.people.privileges.values()].filter((x) => x[field!] === id));
}

/** `GET /api_keys`, `POST /api_keys {user_id, label, expires_at}`, `GET|DELETE /api_keys/{id}`: your own keys. */
export function apiKeyRoutes(c: Ctx, req: SimRequest, p: string[]): Reply {
  const people = c.state.people;
  const self = people.users.get(c.ax.username);
  if (!self) return notFound('your user');
  if (req.method !== 'GET' && c.ax.actor.apiKey) return c.ax.forbidden('API keys (sign in with a password to manage them)');
  if (p.length === 0) {
    if (req.method === 'GET') return json(200, [...people.apiKeys.values()].filter((k) => k.user_id === self.id).map((k) => apiKeyJson(c.state, k, false)));
    if (req.method !== 'POST') return methodNotAllowed(['GET', 'POST']);
    const body = jsonObjectBody(req);
    if (!body.ok) return body.reply;
    const { user_id: userId, label, expires_at: expires } = body.value;
    const pr: Problems = {};
    if (userId !== undefined && userId !== self.id) return c.ax.forbidden(`the API keys of user ${String(userId)}`);
    if (typeof label !== 'string' || label.trim() === '') pr.label = ["can't be blank"];
    else if (label.length > 64) pr.label = ['is too long (maximum is 64 characters)'];
    else if ([...people.apiKeys.values()].some((k) => k.user_id === self.id && k.label === label)) pr.label = ['has already been taken'];
    if (expires !== undefined && expires !== null && expires !== '' && (typeof expires !== 'string' || Number.isNaN(Date.parse(expires)))) pr.expires_at = ['is not a date'];
    else if (typeof expires === 'string' && expires !== '' && Date.parse(expires) <= Date.now()) pr.expires_at = ['must be in the future'];
    if (Object.keys(pr).length > 0) return problems(pr);
    const expiresAt = typeof expires === 'string' && expires !== '' ? new Date(expires).toISOString() : null;
    return json(201, apiKeyJson(c.state, people.addApiKey(self, label as string, expiresAt), true));
  }
  const key = p.length === 1 ? people.apiKeys.get(Number(p[0])) : undefined;
  if (!key || key.user_id !== self.id) return notFound(`API key ${p[0]}`);
  if (req.method === 'GET') return json(200, apiKeyJson(c.state, key, false));
  if (req.method !== 'DELETE') return methodNotAllowed(['GET', 'DELETE']);
  people.deleteApiKey(key.id);
  return noContent();
}
