// Validation of server creation (vm_create and the bare virtual_machines POST), new discs and
// backup schedules. Problems are `{"attr": ["problem"]}`; `discs` problems are an array of
// per-disc hashes aligned with the request's discs, and a missing interval_seconds is the bare
// string the brain sends (reference C.1).
import { distributions, hardwareProfiles, keymaps, storageGrades, zoneNames } from './definitions';
import { checkName, LIMITS, type Problems } from './validate';

export const DISC_LIMITS = { maxPerServer: 8, sizeMin: 1024, sizeMax: 2 * 1024 * 1024 }; // MiB; 2 TiB
export const ROOT_PASSWORD_MIN = 8;
const DEVICE_NAME = /^(?:[shv]|xv)d[a-z]+\d*$/;
// `start_at`: every form the official CLI sends is accepted (bigv-api.md §B.6: it passes the
// user's text through; `schedule backups` defaults to "00:00" and its help's example is RFC 3339;
// `add server` sends "2006-01-02 15:04:05 MST", §B.3.3). Anything else is refused.
const BRAIN_FORM = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?: [A-Z]{2,5}| [+-]\d{2}:?\d{2})?$/;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
const TIME_OF_DAY = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
/** The brain's zone: the CLI's help says a time without a zone "assumes BST/GMT" (bigv-api.md §B.6). */
const BRAIN_ZONE = 'Europe/London';

type Body = Record<string, unknown>;
const has = (o: Body, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const isObj = (v: unknown): v is Body => typeof v === 'object' && v !== null && !Array.isArray(v);
const add = (p: Problems, f: string, m: string) => (p[f] ??= []).push(m);

export function intIn(p: Problems, field: string, v: unknown, min: number, max: number): v is number {
  if (typeof v !== 'number' || !Number.isInteger(v)) { add(p, field, 'is not a number'); return false; }
  if (v < min) { add(p, field, `must be greater than or equal to ${min}`); return false; }
  if (v > max) { add(p, field, `must be less than or equal to ${max}`); return false; }
  return true;
}

export interface ScheduleSpec { start_at: string; interval_seconds: number; capacity: number }

const pad = (n: number) => String(n).padStart(2, '0');
const realTime = (h: number, m: number, sec: number) => h < 24 && m < 60 && sec < 60;
function realDate(y: number, mo: number, d: number): boolean {
  return mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** Wall-clock fields in the brain's zone at an instant, and the zone's abbreviation then (GMT or BST). */
function brainClock(at: number): { y: number; mo: number; d: number; h: number; m: number; s: number; zone: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: BRAIN_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    hourCycle: 'h23', timeZoneName: 'short',
  }).formatToParts(new Date(at));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return { y: +get('year'), mo: +get('month'), d: +get('day'), h: +get('hour'), m: +get('minute'), s: +get('second'), zone: get('timeZoneName') };
}

/**
 * A time of day alone (the CLI's default "00:00") is its next occurrence in the brain's zone:
 * today's date if that time is still to come there, else tomorrow's, written the way `add server`
 * writes its own "midnight tonight" (bigv-api.md §B.3.3: "YYYY-MM-DD hh:mm:ss ZONE", local time).
 * The reference does not say what the real brain stores; this is the reading that makes the CLI's
 * example ("daily backups at midnight", `--start 00:00`) mean what it says.
 */
export function resolveTimeOfDay(h: number, m: number, sec: number, now: number): string {
  const c = brainClock(now);
  const later = h * 3600 + m * 60 + sec > c.h * 3600 + c.m * 60 + c.s;
  const day = new Date(Date.UTC(c.y, c.mo - 1, c.d + (later ? 0 : 1)));
  const [y, mo, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
  // The zone at that wall time: the instant (as UTC, or an hour earlier in summer) whose London clock reads it.
  const wall = Date.UTC(y, mo - 1, d, h, m, sec);
  const at = [wall - 3600_000, wall].find((t) => { const x = brainClock(t); return x.d === d && x.h === h && x.m === m; }) ?? wall;
  return `${y}-${pad(mo)}-${pad(d)} ${pad(h)}:${pad(m)}:${pad(sec)} ${brainClock(at).zone}`;
}

/** `start_at` as the brain keeps it, or undefined when it is not a form the brain takes. */
export function parseStartAt(v: unknown, now: number): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = TIME_OF_DAY.exec(v);
  if (t) {
    const [h, m, sec] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0)];
    return realTime(h, m, sec) ? resolveTimeOfDay(h, m, sec, now) : undefined;
  }
  const f = BRAIN_FORM.exec(v) ?? RFC3339.exec(v);
  if (!f) return undefined;
  const [y, mo, d, h, m, sec] = f.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  return realDate(y, mo, d) && realTime(h, m, sec) ? v : undefined; // a dated form is kept as sent
}

/** A backup schedule body; problems may be a bare string (the brain's own quirk). */
export function validateSchedule(b: Body, now = Date.now()): { spec: ScheduleSpec } | { problems: Record<string, string | string[]> } {
  if (!has(b, 'interval_seconds')) return { problems: { interval_seconds: 'Missing interval_seconds parameter' } };
  const p: Problems = {};
  intIn(p, 'interval_seconds', b.interval_seconds, 3600, 366 * 86400);
  const capacity = has(b, 'capacity') ? b.capacity : 1;
  intIn(p, 'capacity', capacity, 0, 100);
  let start: string | undefined;
  if (b.start_at === undefined || b.start_at === null || b.start_at === '') start = `${new Date(now).toISOString().slice(0, 10)} 00:00:00`;
  else if ((start = parseStartAt(b.start_at, now)) === undefined) {
    add(p, 'start_at', 'is invalid (expected "YYYY-MM-DD hh:mm:ss" optionally with a zone, RFC 3339, or a time of day "hh:mm")');
  }
  if (Object.keys(p).length > 0) return { problems: p };
  return { spec: { start_at: start!, interval_seconds: b.interval_seconds as number, capacity: capacity as number } };
}

export interface DiscSpec { label: string; size: number; storage_grade: string; backup_schedules: ScheduleSpec[] }

/** One disc of a create; `taken` are labels already on the server (or earlier in the request). */
export function validateDisc(d: unknown, defaultLabel: string, taken: Set<string>): { spec: DiscSpec } | { problems: Record<string, unknown> } {
  if (!isObj(d)) return { problems: { disc: ['must be a hash of label, size and storage_grade'] } };
  const p: Problems = {};
  const loose: Record<string, unknown> = {};
  const label = d.label === undefined || d.label === null || d.label === '' ? defaultLabel : d.label;
  if (typeof label !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/.test(label)) add(p, 'label', 'is invalid');
  else if (DEVICE_NAME.test(label)) add(p, 'label', 'must not be a device name such as vda or sdb');
  else if (taken.has(label)) add(p, 'label', 'has already been taken');
  if (!has(d, 'size')) add(p, 'size', "can't be blank");
  else intIn(p, 'size', d.size, DISC_LIMITS.sizeMin, DISC_LIMITS.sizeMax);
  const grade = d.storage_grade ?? 'sata';
  if (typeof grade !== 'string' || !storageGrades.includes(grade)) add(p, 'storage_grade', 'is not included in the list');
  const schedules: ScheduleSpec[] = [];
  if (d.backup_schedules !== undefined && d.backup_schedules !== null) {
    if (!Array.isArray(d.backup_schedules)) add(p, 'backup_schedules', 'must be an array');
    else for (const s of d.backup_schedules) {
      const r = isObj(s) ? validateSchedule(s) : { problems: { backup_schedules: ['must be hashes'] } };
      if ('problems' in r) Object.assign(loose, r.problems);
      else schedules.push(r.spec);
    }
  }
  if (Object.keys(p).length + Object.keys(loose).length > 0) return { problems: { ...loose, ...p } };
  return { spec: { label: label as string, size: d.size as number, storage_grade: grade as string, backup_schedules: schedules } };
}

export interface CreateSpec {
  name: string; cores: number; memory: number; zone_name: string; hardware_profile: string; hardware_profile_locked: boolean;
  autoreboot_on: boolean; cdrom_url: string | null; keymap: string | null; powerOn: boolean; discs: DiscSpec[];
  reimage?: { distribution: string; ssh_public_key?: string; firstboot_script?: string };
  ips?: { ipv4?: string; ipv6?: string };
}

export function validateCreate(body: Body, form: 'vm_create' | 'virtual_machines', nameTaken: (n: string) => boolean): { spec: CreateSpec } | { problems: Record<string, unknown> } {
  const p: Problems = {};
  const loose: Record<string, unknown> = {};
  const vm = form === 'vm_create' ? body.virtual_machine : body;
  if (!isObj(vm)) return { problems: { virtual_machine: ["can't be blank"] } };
  if (checkName(p, vm.name) && nameTaken(vm.name)) add(p, 'name', 'has already been taken');
  const cores = vm.cores ?? 1;
  intIn(p, 'cores', cores, LIMITS.coresMin, LIMITS.coresMax);
  const memory = vm.memory ?? 1024;
  if (intIn(p, 'memory', memory, LIMITS.memoryMin, LIMITS.memoryMax) && memory % LIMITS.memoryStep !== 0) add(p, 'memory', `must be a multiple of ${LIMITS.memoryStep} (MiB)`);
  const zone = vm.zone_name ?? 'york';
  if (typeof zone !== 'string' || !zoneNames.includes(zone)) add(p, 'zone_name', 'is not included in the list');
  const profile = vm.hardware_profile ?? 'virtio2013';
  if (typeof profile !== 'string' || !hardwareProfiles.includes(profile)) add(p, 'hardware_profile', 'is not included in the list');
  for (const k of ['hardware_profile_locked', 'autoreboot_on', 'power_on']) {
    if (has(vm, k) && typeof vm[k] !== 'boolean') add(p, k, 'must be true or false');
  }
  const cdrom = vm.cdrom_url ?? null;
  if (cdrom !== null && cdrom !== '' && (typeof cdrom !== 'string' || !/^https?:\/\/[^/\s]+/.test(cdrom))) add(p, 'cdrom_url', 'is invalid (must be a public http or https URL of an ISO image)');
  const keymap = vm.keymap ?? null;
  if (keymap !== null && (typeof keymap !== 'string' || !keymaps.includes(keymap))) add(p, 'keymap', 'is not included in the list');

  const discs: DiscSpec[] = [];
  const rawDiscs = form === 'vm_create' ? body.discs ?? [] : [];
  if (!Array.isArray(rawDiscs)) add(p, 'discs', 'must be an array');
  else if (rawDiscs.length > DISC_LIMITS.maxPerServer) add(p, 'discs', `is too long (maximum is ${DISC_LIMITS.maxPerServer} discs)`);
  else {
    const labels = new Set<string>();
    const perDisc = rawDiscs.map((d, i) => {
      const r = validateDisc(d, `disc-${i + 1}`, labels);
      if ('problems' in r) return r.problems;
      labels.add(r.spec.label);
      discs.push(r.spec);
      return {};
    });
    if (perDisc.some((x) => Object.keys(x).length > 0)) loose.discs = perDisc;
  }

  let reimage: CreateSpec['reimage'];
  if (form === 'vm_create' && body.reimage !== undefined && body.reimage !== null) {
    const r = body.reimage;
    if (!isObj(r)) add(p, 'reimage', 'must be a hash');
    else {
      if (typeof r.distribution !== 'string' || !distributions.includes(r.distribution)) add(p, 'distribution', r.distribution ? 'is not included in the list (see the distributions definition)' : "can't be blank");
      if (typeof r.root_password !== 'string' || r.root_password === '') add(p, 'root_password', "can't be blank");
      else if (r.root_password.length < ROOT_PASSWORD_MIN) add(p, 'root_password', `is too short (minimum is ${ROOT_PASSWORD_MIN} characters)`);
      else if (/\s/.test(r.root_password)) add(p, 'root_password', 'must not contain spaces');
      for (const k of ['ssh_public_key', 'firstboot_script']) if (r[k] !== undefined && r[k] !== null && typeof r[k] !== 'string') add(p, k, 'must be a string');
      if (Array.isArray(rawDiscs) && rawDiscs.length === 0) add(p, 'reimage', 'needs at least one disc to install onto');
      reimage = {
        distribution: String(r.distribution),
        ...(typeof r.ssh_public_key === 'string' && r.ssh_public_key !== '' ? { ssh_public_key: r.ssh_public_key } : {}),
        ...(typeof r.firstboot_script === 'string' && r.firstboot_script !== '' ? { firstboot_script: r.firstboot_script } : {}),
      };
    }
  }
  let ips: CreateSpec['ips'];
  if (form === 'vm_create' && body.ips !== undefined && body.ips !== null) {
    if (!isObj(body.ips)) add(p, 'ips', 'must be a hash of ipv4 and ipv6');
    else {
      const { ipv4, ipv6 } = body.ips;
      if (ipv4 !== undefined && (typeof ipv4 !== 'string' || !/^(\d{1,3}\.){3}\d{1,3}$/.test(ipv4))) add(p, 'ipv4', 'is not a valid IPv4 address');
      if (ipv6 !== undefined && (typeof ipv6 !== 'string' || !/^[0-9a-f:]+$/i.test(ipv6) || !ipv6.includes(':'))) add(p, 'ipv6', 'is not a valid IPv6 address');
      ips = { ...(typeof ipv4 === 'string' ? { ipv4 } : {}), ...(typeof ipv6 === 'string' ? { ipv6 } : {}) };
    }
  }
  if (Object.keys(p).length + Object.keys(loose).length > 0) return { problems: { ...loose, ...p } };
  const autoreboot = vm.autoreboot_on === true;
  const cdromUrl = typeof cdrom === 'string' && cdrom !== '' ? cdrom : null;
  return {
    spec: {
      name: vm.name as string, cores: cores as number, memory: memory as number, zone_name: zone as string,
      hardware_profile: profile as string, hardware_profile_locked: vm.hardware_profile_locked === true,
      autoreboot_on: autoreboot, cdrom_url: cdromUrl, keymap: keymap as string | null,
      // The CLI never sends power_on: autoreboot_on with an image or a CD means "start it when built".
      powerOn: vm.power_on === true || (autoreboot && (reimage !== undefined || cdromUrl !== null)),
      discs, ...(reimage ? { reimage } : {}), ...(ips ? { ips } : {}),
    },
  };
}
