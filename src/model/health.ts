// Health at a glance, without an agent: one command run over SSH prints load, memory, disc use per
// mount and uptime from files every Linux has (nothing is installed on the server), and this reads
// its output. Never throws: whatever comes back (another shell's banner, a missing /proc, a busybox
// df), the answer is numbers or "unreadable" with why. No vscode import.
import * as l10n from '@vscode/l10n';

/** A section starts with a line `==name==`; `df` runs in the C locale so its header and numbers are the same everywhere. */
// `uptime` in the issue is the same fact as /proc/uptime, whose form (seconds, dot, seconds idle)
// does not change with the locale or the version of procps, so that is what is read.
export const HEALTH_COMMAND =
  'echo ==loadavg==; cat /proc/loadavg; echo ==meminfo==; cat /proc/meminfo; echo ==df==; LC_ALL=C df -P; echo ==uptime==; cat /proc/uptime; echo ==end==';

/** A disc fuller than this (per cent used) is flagged. */
export const FULL_DISC_PERCENT = 90;
/** Memory with less than this (per cent of the total) available is exhausted. */
export const LOW_MEMORY_PERCENT = 5;

export interface MountUse {
  mount: string;
  filesystem: string;
  /** Per cent used, as df says it (rounded up, like df). */
  usedPercent: number;
  sizeKiB: number;
}

export interface Health {
  load: [number, number, number];
  memory: { totalKiB: number; availableKiB: number; usedPercent: number };
  /** Real discs only: no tmpfs, /dev, /run, snap loop images. */
  mounts: MountUse[];
  /** Undefined when /proc/uptime could not be read. */
  uptimeSeconds: number | undefined;
  /** Mounts over FULL_DISC_PERCENT. */
  fullMounts: string[];
  memoryExhausted: boolean;
}

export type HealthResult = { ok: true; health: Health } | { ok: false; reason: string };

function sections(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const m = /^==([a-z]+)==\s*$/.exec(raw.trim());
    if (m) {
      current = [];
      if (!out.has(m[1]!)) out.set(m[1]!, current);
      continue;
    }
    current?.push(raw);
  }
  return out;
}

const num = (s: string | undefined): number | undefined => {
  if (s === undefined || !/^\d+(\.\d+)?$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
};

export function parseLoadavg(lines: readonly string[]): [number, number, number] | undefined {
  const first = lines.find((l) => l.trim() !== '');
  const parts = first?.trim().split(/\s+/) ?? [];
  const [a, b, c] = [num(parts[0]), num(parts[1]), num(parts[2])];
  return a === undefined || b === undefined || c === undefined ? undefined : [a, b, c];
}

/** MemAvailable (kernels since 3.14); older ones: MemFree + Buffers + Cached, as `free` did. */
export function parseMeminfo(lines: readonly string[]): Health['memory'] | undefined {
  const kib = new Map<string, number>();
  for (const l of lines) {
    const m = /^(\w+(?:\(\w+\))?):\s+(\d+)(?:\s+kB)?\s*$/.exec(l.trim());
    if (m) kib.set(m[1]!, Number(m[2]));
  }
  const total = kib.get('MemTotal');
  if (total === undefined || total <= 0) return undefined;
  let available = kib.get('MemAvailable');
  if (available === undefined) {
    const free = kib.get('MemFree');
    if (free === undefined) return undefined;
    available = free + (kib.get('Buffers') ?? 0) + (kib.get('Cached') ?? 0);
  }
  available = Math.min(available, total);
  return { totalKiB: total, availableKiB: available, usedPercent: Math.round(((total - available) / total) * 100) };
}

/** Not a disc: memory, kernel and device filesystems, and snap images (always 100 % full). */
function pseudo(filesystem: string, mount: string): boolean {
  if (/^(tmpfs|devtmpfs|udev|none|shm|overlay|cgroup2?|proc|sysfs|devpts|mqueue|efivarfs|run|dev)$/.test(filesystem)) return true;
  if (/^\/dev\/loop\d+$/.test(filesystem)) return true;
  return /^\/(dev|proc|sys|run|snap)(\/|$)/.test(mount);
}

/** `df -P` (GNU and busybox): a header, then one line per mount; a long device name may stand on a line of its own. */
export function parseDf(lines: readonly string[]): MountUse[] | undefined {
  const body = lines.map((l) => l.trim()).filter((l) => l !== '');
  if (body.length === 0 || !/^Filesystem\s/.test(body[0]!)) return undefined;
  const mounts: MountUse[] = [];
  let carried = '';
  for (const line of body.slice(1)) {
    const joined = carried ? `${carried} ${line}` : line;
    if (!/\s/.test(line)) {
      carried = line;
      continue;
    }
    carried = '';
    const m = /^(\S+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+%|-)\s+(\/.*)$/.exec(joined);
    if (!m) continue;
    const [filesystem, size, used, avail, cap, mount] = [m[1]!, Number(m[2]), Number(m[3]), Number(m[4]), m[5]!, m[6]!];
    if (pseudo(filesystem, mount) || size === 0) continue;
    const usedPercent = cap === '-' ? (used + avail > 0 ? Math.ceil((used / (used + avail)) * 100) : 0) : Number(cap.slice(0, -1));
    if (mounts.some((x) => x.mount === mount)) continue;
    mounts.push({ mount, filesystem, usedPercent, sizeKiB: size });
  }
  return mounts;
}

export function parseUptime(lines: readonly string[]): number | undefined {
  const first = lines.find((l) => l.trim() !== '');
  return num(first?.trim().split(/\s+/)[0]);
}

export function parseHealth(output: unknown): HealthResult {
  try {
    if (typeof output !== 'string' || output.trim() === '') return { ok: false, reason: l10n.t('unreadable: the server sent nothing') };
    const s = sections(output);
    if (!s.has('loadavg') && !s.has('meminfo')) return { ok: false, reason: l10n.t('unreadable: not the answer of a Linux shell') };
    const load = parseLoadavg(s.get('loadavg') ?? []);
    if (!load) return { ok: false, reason: l10n.t('unreadable: no load average (/proc/loadavg)') };
    const memory = parseMeminfo(s.get('meminfo') ?? []);
    if (!memory) return { ok: false, reason: l10n.t('unreadable: no memory figures (/proc/meminfo)') };
    const mounts = parseDf(s.get('df') ?? []) ?? [];
    const uptimeSeconds = parseUptime(s.get('uptime') ?? []);
    const fullMounts = mounts.filter((m) => m.usedPercent > FULL_DISC_PERCENT).map((m) => m.mount);
    const memoryExhausted = memory.availableKiB < (memory.totalKiB * LOW_MEMORY_PERCENT) / 100;
    return { ok: true, health: { load, memory, mounts, uptimeSeconds, fullMounts, memoryExhausted } };
  } catch (err) {
    return { ok: false, reason: l10n.t('unreadable: {0}', err instanceof Error ? err.message : String(err)) };
  }
}
