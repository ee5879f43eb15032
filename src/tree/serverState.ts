// The one function that turns a server's power flags (and any action the user has just asked for)
// into everything the tree shows about its state. Menus key on `contextValue`, so this is also
// what decides which commands a server offers.
import type { VirtualMachine } from '../api/schemas';
import type { PendingAction } from '../commands/services';
import { escapeMarkdown, formatCores, formatDiscSize, formatMemory, allIps, specSummary } from './format';

export type ServerStateName =
  | 'running'
  | 'stopped'
  | 'starting'
  | 'stopping'
  | 'restarting'
  | 'shutting-down'
  | 'resetting'
  | 'reimaging'
  | 'deleting'
  | 'restoring'
  | 'deleted';

export type ServerContextValue = 'server.running' | 'server.stopped' | 'server.changing' | 'server.deleted';

export interface ServerStateView {
  state: ServerStateName;
  /** Codicon id, e.g. `vm-running` or `sync~spin`. */
  icon: string;
  /** Theme colour id, e.g. `charts.green`. */
  color: string;
  contextValue: ServerContextValue;
  /** Short human word for the state ("Running", "Restarting…"). */
  label: string;
  /** What the tree row shows next to the name. */
  description: string;
  changing: boolean;
}

const LABELS: Record<ServerStateName, string> = {
  running: 'Running',
  stopped: 'Stopped',
  starting: 'Starting…',
  stopping: 'Stopping…',
  restarting: 'Restarting…',
  'shutting-down': 'Shutting down…',
  resetting: 'Resetting…',
  reimaging: 'Reimaging…',
  deleting: 'Deleting…',
  restoring: 'Restoring…',
  deleted: 'Deleted',
};

/** The state the brain reports, ignoring anything the user has just asked for. */
export function observedState(vm: Pick<VirtualMachine, 'power_on' | 'autoreboot_on' | 'deleted'>): ServerStateName {
  if (vm.deleted) return 'deleted';
  if (vm.power_on) return 'running';
  // Powered off with autoreboot on: the brain is about to power it back on (a reboot in progress).
  if (vm.autoreboot_on) return 'restarting';
  return 'stopped';
}

/** True when the brain itself reports the server mid-change, so it is worth polling. */
export function isTransitional(vm: Pick<VirtualMachine, 'power_on' | 'autoreboot_on' | 'deleted'>): boolean {
  return observedState(vm) === 'restarting';
}

export function serverState(vm: VirtualMachine, pending?: PendingAction): ServerStateView {
  const state: ServerStateName = pending ?? observedState(vm);
  const label = LABELS[state];
  const spec = specSummary(vm);
  switch (state) {
    case 'running':
      return { state, label, icon: 'vm-running', color: 'charts.green', contextValue: 'server.running', description: spec, changing: false };
    case 'stopped':
      return {
        state, label, icon: 'vm-outline', color: 'disabledForeground', contextValue: 'server.stopped',
        description: `${label} · ${spec}`, changing: false,
      };
    case 'deleted':
      return {
        state, label, icon: 'trash', color: 'disabledForeground', contextValue: 'server.deleted',
        description: `${label} · ${spec}`, changing: false,
      };
    default: {
      // A restart or reset goes round in a circle; every other change is a one-way trip.
      const icon = state === 'restarting' || state === 'resetting' ? 'sync~spin' : 'loading~spin';
      return { state, label, icon, color: 'charts.yellow', contextValue: 'server.changing', description: `${label} · ${spec}`, changing: true };
    }
  }
}

/** The hover card: everything a user checks before acting on a server, as Markdown. */
export function serverTooltipMarkdown(vm: VirtualMachine, pending?: PendingAction): string {
  const view = serverState(vm, pending);
  const e = escapeMarkdown;
  const lines: string[] = [];
  lines.push(`**${e(vm.name)}** — ${e(view.label)}`, '');
  const row = (name: string, value: string | null | undefined): void => {
    if (value !== undefined && value !== null && value !== '') lines.push(`${name}: ${value}  `);
  };
  row('Hostname', vm.hostname ? `\`${vm.hostname}\`` : undefined);
  row('Zone', vm.zone_name ? e(vm.zone_name) : undefined);
  row('Head', vm.head ? e(vm.head) : undefined);
  row('Hardware profile', vm.hardware_profile ? e(vm.hardware_profile) + (vm.hardware_profile_locked ? ' (locked)' : '') : undefined);
  row('Last image', vm.last_imaged_with ? e(vm.last_imaged_with) : undefined);
  row('Size', `${formatCores(vm.cores)} · ${formatMemory(vm.memory)}`);
  const discs = (vm.discs ?? []).map((d) => `${e(d.label)} ${formatDiscSize(d.size)} ${e(d.storage_grade)}`);
  row('Discs', discs.join(', '));
  const ips = allIps(vm);
  row('IPv4', ips.v4.map((ip) => `\`${ip}\``).join(', '));
  row('IPv6', ips.v6.map((ip) => `\`${ip}\``).join(', '));
  row('Extra IPs', ips.extra.map((ip) => `\`${ip}\``).join(', '));
  row('Management address', vm.management_address ? `\`${vm.management_address}\`` : undefined);
  row('CD-ROM', vm.cdrom_url ? e(vm.cdrom_url) : undefined);
  return lines.join('\n');
}
