// Pure formatting of what the tree shows about servers, groups and accounts. Kept apart from the
// vscode layer so every string the user scans can be unit-tested.
import type { VirtualMachine } from '../api/schemas';
import * as l10n from '@vscode/l10n';
import { serverAddresses } from './addresses';

const MIB_PER_GIB = 1024;

/** `4096` → `4 GiB`, `1536` → `1.5 GiB`, `512` → `512 MiB` (the API counts in MiB). */
export function formatMemory(mib: number): string {
  if (mib < MIB_PER_GIB) return `${mib} MiB`;
  const gib = mib / MIB_PER_GIB;
  return `${Number.isInteger(gib) ? gib : gib.toFixed(1).replace(/\.0$/, '')} GiB`;
}

/** Disc sizes are MiB too; discs are always shown in GiB because that is how they are sold. */
export function formatDiscSize(mib: number): string {
  const gib = mib / MIB_PER_GIB;
  return `${Number.isInteger(gib) ? gib : gib.toFixed(1)} GiB`;
}

export function formatCores(cores: number): string {
  return l10n.t('{0} vCPU', cores);
}

/** The address a user would ssh to: the first IPv4, else the first IPv6 (never an extra IP). */
export function primaryIp(vm: Pick<VirtualMachine, 'network_interfaces'>): string | undefined {
  return serverAddresses(vm).find((a) => a.kind !== 'extra')?.ip;
}

/** `46.43.1.2 · 2 vCPU · 4 GiB` */
export function specSummary(vm: VirtualMachine): string {
  const parts: string[] = [];
  const ip = primaryIp(vm);
  if (ip) parts.push(ip);
  parts.push(formatCores(vm.cores), formatMemory(vm.memory));
  return parts.join(' · ');
}

export interface ServerCounts {
  servers: number; // not deleted
  running: number;
  deleted: number;
}

export function countServers(vms: Iterable<VirtualMachine>): ServerCounts {
  const c: ServerCounts = { servers: 0, running: 0, deleted: 0 };
  for (const vm of vms) countServer(c, vm);
  return c;
}

/** Adds one server to `c`: for counting where the servers are not in one list. */
export function countServer(c: ServerCounts, vm: VirtualMachine): void {
  if (vm.deleted) c.deleted++;
  else {
    c.servers++;
    if (vm.power_on) c.running++;
  }
}

/** `3 servers · 2 running`, `1 server · 0 running · 1 deleted`, or `` for an empty container. */
export function countsDescription(c: ServerCounts): string {
  if (c.servers === 0 && c.deleted === 0) return '';
  const parts = [
    c.servers === 1 ? l10n.t('1 server') : l10n.t('{0} servers', c.servers),
    l10n.t('{0} running', c.running),
  ];
  if (c.deleted > 0) parts.push(l10n.t('{0} deleted', c.deleted));
  return parts.join(' · ');
}

/**
 * When the servers shown were loaded, for "as of …": the time alone on the day of `now`, the date
 * and time on any other day (a time alone for last week's cache reads as today's), the year too
 * in another year. Undefined when `since` is not a time (a missing or damaged cache entry), so
 * the caller can say so instead of showing "Invalid Date".
 */
export function formatAsOf(since: unknown, now: number, locale?: string): string | undefined {
  if (typeof since !== 'number' || !Number.isFinite(since) || since <= 0) return undefined;
  const at = new Date(since);
  if (Number.isNaN(at.getTime())) return undefined;
  const time = { hour: '2-digit', minute: '2-digit' } as const;
  const today = new Date(now);
  if (at.toDateString() === today.toDateString()) return at.toLocaleTimeString(locale, time);
  const year = at.getFullYear() === today.getFullYear() ? {} : { year: 'numeric' as const };
  return at.toLocaleString(locale, { ...year, month: 'short', day: 'numeric', ...time });
}

/**
 * A status-bar message that fits: the bar cuts a long one wherever the window ends, often
 * mid-word, so it is shortened here at a word boundary with an ellipsis (the log has it whole).
 */
export function statusBarText(message: string, max = 90): string {
  const one = message.replace(/\s+/g, ' ').trim();
  if (one.length <= max) return one;
  const cut = one.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:·-]+$/, '')}…`;
}
