// The one function that turns a server's power flags (and any action the user has just asked for)
// into everything the tree shows about its state. Menus key on `contextValue`, so this is also
// what decides which commands a server offers.
import type { VirtualMachine } from '../api/schemas';
import type { PendingAction } from '../commands/context';
import * as l10n from '@vscode/l10n';
import { escapeMarkdown, formatCores, formatDiscSize, formatMemory, allIps, specSummary } from './format';

/** What the brain reports, or the action the user has just asked for (shown until it settles). */
export type ServerStateName = 'running' | 'stopped' | 'restarting' | 'deleted' | PendingAction;

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

// Functions, not strings: the bundle is configured at activation, after this module loads.
const LABELS: Record<ServerStateName, () => string> = {
  running: () => l10n.t('Running'),
  stopped: () => l10n.t('Stopped'),
  starting: () => l10n.t('Starting…'),
  stopping: () => l10n.t('Stopping…'),
  restarting: () => l10n.t('Restarting…'),
  'shutting-down': () => l10n.t('Shutting down…'),
  resetting: () => l10n.t('Resetting…'),
  reimaging: () => l10n.t('Reimaging…'),
  deleting: () => l10n.t('Deleting…'),
  restoring: () => l10n.t('Restoring…'),
  deleted: () => l10n.t('Deleted'),
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
  const label = LABELS[state]();
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
  row(l10n.t('Hostname'), vm.hostname ? `\`${vm.hostname}\`` : undefined);
  row(l10n.t('Zone'), vm.zone_name ? e(vm.zone_name) : undefined);
  row(l10n.t('Head'), vm.head ? e(vm.head) : undefined);
  row(l10n.t('Hardware profile'), vm.hardware_profile ? e(vm.hardware_profile) + (vm.hardware_profile_locked ? l10n.t(' (locked)') : '') : undefined);
  row(l10n.t('Last image'), vm.last_imaged_with ? e(vm.last_imaged_with) : undefined);
  row(l10n.t('Size'), `${formatCores(vm.cores)} · ${formatMemory(vm.memory)}`);
  const discs = (vm.discs ?? []).map((d) => `${e(d.label)} ${formatDiscSize(d.size)} ${e(d.storage_grade)}`);
  row(l10n.t('Discs'), discs.join(', '));
  const ips = allIps(vm);
  row(l10n.t('IPv4'), ips.v4.map((ip) => `\`${ip}\``).join(', '));
  row(l10n.t('IPv6'), ips.v6.map((ip) => `\`${ip}\``).join(', '));
  row(l10n.t('Extra IPs'), ips.extra.map((ip) => `\`${ip}\``).join(', '));
  row(l10n.t('Management address'), vm.management_address ? `\`${vm.management_address}\`` : undefined);
  row(l10n.t('CD-ROM'), vm.cdrom_url ? e(vm.cdrom_url) : undefined);
  return lines.join('\n');
}
