// The overview's hot path. Checking ten thousand servers with zod costs more than parsing their
// JSON, so each server is first checked by this hand-written mirror of VirtualMachineSchema,
// which applies the same defaults in place; only a server it refuses goes through zod, for the
// field-named error. test/api/fastCheck.test.ts holds the two to the same verdict and output.
import type { Account, VirtualMachine } from './schemas';

type Obj = Record<string, unknown>;

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const int = (x: unknown): boolean => Number.isSafeInteger(x);
const str = (x: unknown): boolean => typeof x === 'string';
const bool = (x: unknown): boolean => typeof x === 'boolean';
/** `optional(x)`: absent (or undefined) is fine. */
const opt = (o: Obj, k: string, ok: (v: unknown) => boolean): boolean => o[k] === undefined || ok(o[k]);
/** `optional(nullable(x))`. */
const optNull = (o: Obj, k: string, ok: (v: unknown) => boolean): boolean => o[k] === undefined || o[k] === null || ok(o[k]);

function schedule(x: unknown): boolean {
  return isObj(x) && int(x.id) && str(x.start_at) && int(x.interval_seconds) && opt(x, 'capacity', int);
}

function disc(x: unknown): boolean {
  return (
    isObj(x) && int(x.id) && str(x.label) && int(x.size) && str(x.storage_grade) &&
    optNull(x, 'storage_pool', str) && opt(x, 'virtual_machine_id', int) && opt(x, 'type', str) &&
    optNull(x, 'backup_count', int) && optNull(x, 'backups_enabled', bool) &&
    optNull(x, 'backup_schedules', schedules)
  );
}

// The checks take named functions, never arrows written inline: an inline arrow is a new closure
// on every call, and ten thousand servers' worth of them was young garbage that made a reload
// collect (and copy the live overview) more often.
const schedules = (s: unknown): boolean => Array.isArray(s) && s.every(schedule);
const discs = (d: unknown): boolean => Array.isArray(d) && d.every(disc);
const nicShapes = (n: unknown): boolean => Array.isArray(n) && n.every(nicShapeOf);
const nicShapeOf = (i: unknown): boolean => isObj(i) && nicShape(i);

/** `record(string, string)`'s values, without the array Object.values would allocate. */
function stringValues(o: Obj): boolean {
  for (const k in o) if (!str(o[k])) return false;
  return true;
}

function nic(x: unknown): boolean {
  if (!isObj(x) || !int(x.id) || !optNull(x, 'label', str) || !Array.isArray(x.ips) || !x.ips.every(str)) return false;
  if (x.extra_ips !== undefined && !(isObj(x.extra_ips) && stringValues(x.extra_ips))) return false;
  if (!opt(x, 'mac', str) || !optNull(x, 'vlan_num', int) || !opt(x, 'virtual_machine_id', int) || !opt(x, 'type', str)) return false;
  if (x.extra_ips === undefined) x.extra_ips = {};
  return true;
}

/** True (with the schema's defaults applied to `x`) when VirtualMachineSchema would accept it. */
export function isVirtualMachine(x: unknown): x is VirtualMachine {
  if (!isObj(x)) return false;
  const ok =
    int(x.id) && str(x.name) && int(x.group_id) && bool(x.power_on) && bool(x.autoreboot_on) && opt(x, 'deleted', bool) &&
    int(x.cores) && int(x.memory) && opt(x, 'hostname', str) &&
    optNull(x, 'management_address', str) && optNull(x, 'head', str) && optNull(x, 'cdrom_url', str) && optNull(x, 'keymap', str) &&
    optNull(x, 'hardware_profile', str) && opt(x, 'hardware_profile_locked', bool) && optNull(x, 'zone_name', str) &&
    optNull(x, 'last_imaged_with', str) && opt(x, 'type', str) &&
    opt(x, 'discs', discs) &&
    // Checked before any default is written, so a refused server is left as it came.
    opt(x, 'network_interfaces', nicShapes);
  if (!ok) return false;
  if (x.deleted === undefined) x.deleted = false;
  if (Array.isArray(x.network_interfaces)) for (const i of x.network_interfaces) nic(i);
  return true;
}

/** `nic` without writing its default: the shape check alone. */
function nicShape(x: Obj): boolean {
  const had = x.extra_ips;
  const ok = nic(x);
  if (had === undefined) delete x.extra_ips;
  return ok;
}

/**
 * The last-known tree read back from our own cache file: every account, group and server as
 * AccountSchema would take it, or false for the whole file (a damaged cache is simply not used).
 * No zod: activation paints the cached tree before the API bundle loads.
 */
export function isCachedAccounts(x: unknown): x is Account[] {
  return Array.isArray(x) && x.every((a) =>
    isObj(a) && int(a.id) && str(a.name) && opt(a, 'suspended', bool) &&
    opt(a, 'groups', (gs) => Array.isArray(gs) && gs.every((g) =>
      isObj(g) && int(g.id) && str(g.name) && opt(g, 'account_id', int) && opt(g, 'type', str) &&
      opt(g, 'virtual_machines', (vms) => Array.isArray(vms) && vms.every(isVirtualMachine)))));
}
