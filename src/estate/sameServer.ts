// Whether two servers' data are the same, for the hot path: a reload asks it of every server.
// The fields the schema names are compared by name, which the engine does several times faster
// than by keys read from one object and looked up in another (sameData's walk); a key count then
// makes sure neither object holds anything else, and one that does (a field the API added) is
// walked in full, so a field these lists leave out is still compared. test/estate/sameServer.test.ts
// holds this to the walk's answer.
import { sameData } from './sameData';

type Obj = Record<string, unknown>;

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
/** One field: the same value, or (where the schema has none) the same data below it. */
const eq = (x: unknown, y: unknown): boolean => x === y || (typeof x === 'object' && x !== null && sameData(x, y));
const has = (x: unknown): number => (x === undefined ? 0 : 1);

function keyCount(o: Obj): number {
  let n = 0;
  for (const _ in o) n++;
  return n;
}

/** Whether `a` and `b` hold the `named` fields `a` has (compared equal) and nothing else. */
const onlyNamed = (a: Obj, b: Obj, named: number): boolean => keyCount(a) === named && keyCount(b) === named;

function list(a: unknown, b: unknown, item: (x: Obj, y: Obj) => boolean): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b)) return sameData(a, b);
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x: unknown = a[i];
    const y: unknown = b[i];
    if (x !== y && !(isObj(x) && isObj(y) ? item(x, y) : sameData(x, y))) return false;
  }
  return true;
}

export function sameServer(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isObj(a) || !isObj(b)) return sameData(a, b);
  const fields =
    eq(a.id, b.id) && eq(a.name, b.name) && eq(a.group_id, b.group_id) && eq(a.power_on, b.power_on) && eq(a.autoreboot_on, b.autoreboot_on) &&
    eq(a.deleted, b.deleted) && eq(a.cores, b.cores) && eq(a.memory, b.memory) && eq(a.hostname, b.hostname) &&
    eq(a.management_address, b.management_address) && eq(a.head, b.head) && eq(a.cdrom_url, b.cdrom_url) && eq(a.keymap, b.keymap) &&
    eq(a.hardware_profile, b.hardware_profile) && eq(a.hardware_profile_locked, b.hardware_profile_locked) && eq(a.zone_name, b.zone_name) &&
    eq(a.last_imaged_with, b.last_imaged_with) && eq(a.type, b.type) &&
    list(a.discs, b.discs, disc) && list(a.network_interfaces, b.network_interfaces, nic);
  if (!fields) return false;
  const named =
    has(a.id) + has(a.name) + has(a.group_id) + has(a.power_on) + has(a.autoreboot_on) + has(a.cores) + has(a.memory) +
    has(a.deleted) + has(a.hostname) + has(a.management_address) + has(a.head) + has(a.cdrom_url) + has(a.keymap) + has(a.hardware_profile) +
    has(a.hardware_profile_locked) + has(a.zone_name) + has(a.last_imaged_with) + has(a.type) + has(a.discs) + has(a.network_interfaces);
  return onlyNamed(a, b, named) || sameData(a, b);
}

function disc(a: Obj, b: Obj): boolean {
  const fields =
    eq(a.id, b.id) && eq(a.label, b.label) && eq(a.size, b.size) && eq(a.storage_grade, b.storage_grade) && eq(a.storage_pool, b.storage_pool) &&
    eq(a.virtual_machine_id, b.virtual_machine_id) && eq(a.type, b.type) && eq(a.backup_count, b.backup_count) &&
    eq(a.backups_enabled, b.backups_enabled) && eq(a.backup_schedules, b.backup_schedules);
  if (!fields) return false;
  const named =
    has(a.id) + has(a.label) + has(a.size) + has(a.storage_grade) + has(a.storage_pool) + has(a.virtual_machine_id) + has(a.type) + has(a.backup_count) + has(a.backups_enabled) + has(a.backup_schedules);
  return onlyNamed(a, b, named) || sameData(a, b);
}

function nic(a: Obj, b: Obj): boolean {
  const fields =
    eq(a.id, b.id) && eq(a.label, b.label) && list(a.ips, b.ips, sameData) && eq(a.extra_ips, b.extra_ips) && eq(a.mac, b.mac) &&
    eq(a.vlan_num, b.vlan_num) && eq(a.virtual_machine_id, b.virtual_machine_id) && eq(a.type, b.type);
  if (!fields) return false;
  const named = has(a.id) + has(a.label) + has(a.ips) + has(a.extra_ips) + has(a.mac) + has(a.vlan_num) + has(a.virtual_machine_id) + has(a.type);
  return onlyNamed(a, b, named) || sameData(a, b);
}
