// Validation of PUT/POST bodies. Problems use the brain's `{"attr": ["problem", …]}` shape
// and Rails phrasing (what the Go client's error parser expects and rewrites). Nothing is
// applied unless the whole body is valid; unknown and read-only attributes are dropped.
import { distributions, hardwareProfiles, keymaps, sendkeyAliases, sendkeys } from './definitions';
import type { SimGroup, SimServer } from './types';

export type Problems = Record<string, string[]>;

export const LIMITS = { coresMin: 1, coresMax: 16, memoryMin: 1024, memoryMax: 131072, memoryStep: 256 };
const NAME_RE = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export interface ServerPatch {
  power_on?: boolean;
  autoreboot_on?: boolean;
  undelete?: true;
  cores?: number;
  memory?: number;
  name?: string;
  hardware_profile?: string;
  hardware_profile_locked?: boolean;
  cdrom_url?: string | null;
  keymap?: string | null;
  group?: SimGroup;
  appliance?: { name: string; permanent: boolean };
}

export interface PatchContext {
  server: SimServer;
  group: SimGroup; // the server's current group
  reimaging: boolean;
  /** The group a `group_id` names, if the user may move servers into it. */
  writableGroup(id: number): SimGroup | undefined;
  nameTaken(group: SimGroup, name: string): boolean;
}

function add(p: Problems, field: string, problem: string): void {
  (p[field] ??= []).push(problem);
}

function checkInt(p: Problems, field: string, v: unknown, min: number, max: number): v is number {
  if (typeof v !== 'number' || !Number.isFinite(v)) { add(p, field, 'is not a number'); return false; }
  if (!Number.isInteger(v)) { add(p, field, 'must be an integer'); return false; }
  if (v < min) { add(p, field, `must be greater than or equal to ${min}`); return false; }
  if (v > max) { add(p, field, `must be less than or equal to ${max}`); return false; }
  return true;
}

function checkBool(p: Problems, field: string, v: unknown): v is boolean {
  if (typeof v === 'boolean') return true;
  add(p, field, 'must be true or false');
  return false;
}

export function checkName(p: Problems, v: unknown): v is string {
  if (typeof v !== 'string' || v.trim() === '') { add(p, 'name', "can't be blank"); return false; }
  if (!NAME_RE.test(v)) {
    add(p, 'name', 'is invalid (lower-case letters, digits and hyphens, at most 63 characters, not starting or ending with a hyphen)');
    return false;
  }
  return true;
}

export function validateServerPatch(body: Record<string, unknown>, ctx: PatchContext): { patch: ServerPatch } | { problems: Problems } {
  const p: Problems = {};
  const patch: ServerPatch = {};
  const has = (k: string) => Object.prototype.hasOwnProperty.call(body, k);

  if (has('deleted')) {
    if (checkBool(p, 'deleted', body.deleted)) {
      if (body.deleted) add(p, 'deleted', 'can only be set to false (to restore a server); use DELETE to delete one');
      else if (ctx.server.deleted) patch.undelete = true;
    }
  }
  for (const k of ['power_on', 'autoreboot_on', 'hardware_profile_locked'] as const) {
    if (has(k) && checkBool(p, k, body[k])) patch[k] = body[k] as boolean;
  }
  if (patch.power_on === true && ctx.reimaging) add(p, 'power_on', 'cannot be set while the server is being reimaged; it powers on by itself when the image is installed');
  if (has('cores') && checkInt(p, 'cores', body.cores, LIMITS.coresMin, LIMITS.coresMax)) patch.cores = body.cores as number;
  if (has('memory') && checkInt(p, 'memory', body.memory, LIMITS.memoryMin, LIMITS.memoryMax)) {
    if ((body.memory as number) % LIMITS.memoryStep !== 0) add(p, 'memory', `must be a multiple of ${LIMITS.memoryStep} (MiB)`);
    else patch.memory = body.memory as number;
  }
  // Hot-plug only adds: fewer cores or less memory needs the server off (reference E.5: "be
  // prepared to handle a refusal"); more applies at once here, at the next restart on a real guest.
  const running = ctx.server.power_on && patch.power_on !== false;
  if (running && patch.cores !== undefined && patch.cores < ctx.server.cores) add(p, 'cores', 'can only be reduced while the server is powered off');
  if (running && patch.memory !== undefined && patch.memory < ctx.server.memory) add(p, 'memory', 'can only be reduced while the server is powered off');
  if (has('zone_name') && body.zone_name !== ctx.server.zone_name) add(p, 'zone_name', 'can only be set when the server is created');
  if (has('hardware_profile')) {
    if (typeof body.hardware_profile === 'string' && hardwareProfiles.includes(body.hardware_profile)) patch.hardware_profile = body.hardware_profile;
    else add(p, 'hardware_profile', 'is not included in the list');
  }
  if (has('keymap')) {
    if (body.keymap === null || body.keymap === '') patch.keymap = null;
    else if (typeof body.keymap === 'string' && keymaps.includes(body.keymap)) patch.keymap = body.keymap;
    else add(p, 'keymap', 'is not included in the list');
  }
  if (has('cdrom_url')) {
    const v = body.cdrom_url;
    if (v === null || v === '') patch.cdrom_url = null; // ejects the CD
    else if (typeof v === 'string' && isHttpUrl(v)) patch.cdrom_url = v;
    else add(p, 'cdrom_url', 'is invalid (must be a public http or https URL of an ISO image)');
  }
  if (has('appliance')) {
    const a = body.appliance;
    if (typeof a === 'object' && a !== null && typeof (a as { name?: unknown }).name === 'string') {
      const { name, permanent } = a as { name: string; permanent?: unknown };
      patch.appliance = { name, permanent: permanent === true };
    } else add(p, 'appliance', 'is invalid');
  }

  let targetGroup: SimGroup | undefined;
  if (has('group_id')) {
    const v = body.group_id;
    if (typeof v !== 'number' || !Number.isInteger(v)) add(p, 'group_id', 'is not a number');
    else {
      targetGroup = ctx.writableGroup(v);
      if (!targetGroup) add(p, 'group_id', 'is invalid (no such group, or you may not administer it)');
      else if (targetGroup.id !== ctx.server.group_id) {
        if (ctx.server.power_on || patch.power_on === true) add(p, 'group_id', 'can only be changed while the server is powered off');
        else patch.group = targetGroup;
      }
    }
  }
  if (has('name') && checkName(p, body.name)) patch.name = body.name as string;
  if (Object.keys(p).length === 0 && (patch.name !== undefined || patch.group !== undefined)) {
    const name = patch.name ?? ctx.server.name;
    const group = patch.group ?? ctx.group;
    if (ctx.nameTaken(group, name)) add(p, 'name', 'has already been taken');
  }
  return Object.keys(p).length > 0 ? { problems: p } : { patch };
}

function isHttpUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

export interface SignalRequest { signal: 'powerdown' | 'reset' | 'sendkey'; keys?: string[]; data?: string }

export function validateSignal(body: Record<string, unknown>, server: SimServer): { signal: SignalRequest } | { problems: Problems } {
  const p: Problems = {};
  const sig = body.signal;
  let out: SignalRequest | undefined;
  if (sig === undefined || sig === null || sig === '') add(p, 'signal', "can't be blank");
  else if (sig !== 'powerdown' && sig !== 'reset' && sig !== 'sendkey') {
    add(p, 'signal', 'is not included in the list (powerdown, reset, sendkey)');
  } else if (sig === 'sendkey') {
    const data = body.data;
    if (typeof data !== 'string' || data.trim() === '') add(p, 'data', "can't be blank (a dash-separated list of keys, e.g. ctrl-alt-delete)");
    else {
      const keys = data.split('-').map((k) => k.trim().toLowerCase());
      const bad = keys.filter((k) => !sendkeys.includes(sendkeyAliases[k] ?? k));
      if (bad.length > 0) add(p, 'data', `unknown key${bad.length > 1 ? 's' : ''} ${bad.map((k) => `'${k}'`).join(', ')} (see the sendkeys definition)`);
      else out = { signal: 'sendkey', keys: keys.map((k) => sendkeyAliases[k] ?? k), data };
    }
  } else out = { signal: sig };
  if (server.deleted) add(p, 'deleted', 'the server is deleted; restore it first');
  else if (!server.power_on) add(p, 'power_on', 'must be powered on to receive a signal');
  return Object.keys(p).length > 0 || !out ? { problems: p } : { signal: out };
}

export interface ReimageRequest { distribution: string; root_password: string; ssh_public_key?: string; firstboot_script?: string }

export function validateReimage(body: Record<string, unknown>, server: SimServer, reimaging: boolean): { spec: ReimageRequest } | { problems: Problems } {
  const p: Problems = {};
  const { distribution, root_password, ssh_public_key, firstboot_script } = body;
  if (distribution === undefined || distribution === null || distribution === '') add(p, 'distribution', "can't be blank");
  else if (typeof distribution !== 'string' || !distributions.includes(distribution)) add(p, 'distribution', 'is not included in the list (see the distributions definition)');
  if (root_password === undefined || root_password === null || root_password === '') add(p, 'root_password', "can't be blank");
  else if (typeof root_password !== 'string') add(p, 'root_password', 'must be a string');
  if (ssh_public_key !== undefined && ssh_public_key !== null && typeof ssh_public_key !== 'string') add(p, 'ssh_public_key', 'must be a string');
  if (firstboot_script !== undefined && firstboot_script !== null && typeof firstboot_script !== 'string') add(p, 'firstboot_script', 'must be a string');
  if (server.deleted) add(p, 'deleted', 'the server is deleted; restore it first');
  else if (reimaging) add(p, 'power_on', 'the server is already being reimaged');
  else if (server.power_on) add(p, 'power_on', 'must be powered off to reimage');
  if (Object.keys(p).length > 0) return { problems: p };
  const spec: ReimageRequest = { distribution: distribution as string, root_password: root_password as string };
  if (typeof ssh_public_key === 'string' && ssh_public_key !== '') spec.ssh_public_key = ssh_public_key;
  if (typeof firstboot_script === 'string' && firstboot_script !== '') spec.firstboot_script = firstboot_script;
  return { spec };
}
