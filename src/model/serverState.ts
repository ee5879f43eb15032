// The one place that knows what a server's state is and what may be done to it. The tree's icons
// and menus (through `contextValue`), the palette's pickers, each command's guard and the waits
// after an action all ask this module, so they cannot disagree. No vscode import.
import * as l10n from '@vscode/l10n';
import type { VirtualMachine } from '../api/schemas';
import { rowContext } from './rowContext';

/** What the user has just asked for; shown until the server settles. */
export type PendingAction =
  | 'starting'
  | 'stopping'
  | 'restarting'
  | 'shutting-down'
  | 'resetting'
  | 'reimaging'
  | 'deleting'
  | 'restoring'
  | 'rescuing'
  // Changes of a server's settings, and a new server being built.
  | 'creating' | 'resizing' | 'renaming' | 'moving' | 'updating';

/** What the brain reports. `restarting`: powered off with autoreboot on, so about to boot. */
export type ObservedState = 'running' | 'stopped' | 'restarting' | 'deleted';
export type ServerStateName = ObservedState | PendingAction;

/** Every action on a server that depends on its state. Command files are named after these. */
export const SERVER_ACTIONS = [
  'start',
  'stop',
  'restart',
  'shutdown',
  'reset',
  'sendKeys',
  'reimage',
  'delete',
  'restore',
  'purge',
  'openConsole',
  'openGraphicalConsole',
  'connectRemoteSsh',
  'openSshTerminal',
  'copyHostname',
  'copyIpAddress',
  'copyManagementAddress',
  'showProperties',
  'resize',
  'rename',
  'moveToGroup',
  'attachCdrom',
  'ejectCdrom',
  'setHardwareProfile',
  'setKeymap',
  'autorebootOn',
  'autorebootOff',
  'restartIntoRescue',
  'bootNormally',
  'showAccess',
] as const;
export type ServerAction = (typeof SERVER_ACTIONS)[number];

export type PowerFacts = Pick<VirtualMachine, 'power_on' | 'autoreboot_on' | 'deleted'> & Partial<Pick<VirtualMachine, 'cdrom_url'>> & {
  /**
   * The appliance (`rescue`) this window started it into, while it has not been off since. The
   * API takes `appliance` on a write and never reports it (bigv-api.md B.10), so this is ours.
   */
  appliance?: string;
};

/** A server's facts with what only this window knows of it (the appliance it was started into). */
export const powerFacts = <V extends PowerFacts>(x: { vm: V; appliance?: string | undefined }): V => (x.appliance === undefined ? x.vm : { ...x.vm, appliance: x.appliance });

export function observedState(vm: PowerFacts): ObservedState {
  if (vm.deleted) return 'deleted';
  if (vm.power_on) return 'running';
  if (vm.autoreboot_on) return 'restarting';
  return 'stopped';
}

export function stateOf(vm: PowerFacts, pending?: PendingAction): ServerStateName {
  return pending ?? observedState(vm);
}

/** Between states: shown spinning, and worth polling. */
export function isChanging(state: ServerStateName): boolean {
  return state !== 'running' && state !== 'stopped' && state !== 'deleted';
}

/** True when the brain itself reports the server mid-change, so it is worth polling. */
export function isTransitional(vm: PowerFacts): boolean {
  return observedState(vm) === 'restarting';
}

// Functions, not strings: the l10n bundle is configured at activation, after this module loads.
const LABELS: Record<ServerStateName, () => string> = {
  running: () => l10n.t('Running'), stopped: () => l10n.t('Stopped'), starting: () => l10n.t('Starting…'),
  stopping: () => l10n.t('Stopping…'), restarting: () => l10n.t('Restarting…'), 'shutting-down': () => l10n.t('Shutting down…'),
  resetting: () => l10n.t('Resetting…'), reimaging: () => l10n.t('Reimaging…'), deleting: () => l10n.t('Deleting…'),
  restoring: () => l10n.t('Restoring…'), rescuing: () => l10n.t('Restarting into rescue…'), creating: () => l10n.t('Creating…'), resizing: () => l10n.t('Resizing…'),
  renaming: () => l10n.t('Renaming…'), moving: () => l10n.t('Moving…'), updating: () => l10n.t('Updating…'),
  deleted: () => l10n.t('Deleted'),
};

/** Every state a server can be shown in (the labels' keys: a Record over the union misses none). */
export const ALL_STATES = Object.keys(LABELS) as readonly ServerStateName[];
const GONE: readonly ServerStateName[] = ['deleted', 'deleting', 'restoring'];
const LIVE: readonly ServerStateName[] = ALL_STATES.filter((s) => !GONE.includes(s));
/** Settled and not deleted: what a change of the server's settings needs. */
export const SETTLED_STATES: readonly ServerStateName[] = ['running', 'stopped'];
const SETTLED = SETTLED_STATES;
const ANY = ALL_STATES;

/**
 * The table: the states in which each action is offered. Stop is the way out of any power change
 * that hangs (a shutdown the guest ignores, a boot that loops), so it is offered while changing.
 * Purge is offered only once deleted, so a live server is never one click from destruction.
 */
const ALLOWED: Record<ServerAction, readonly ServerStateName[]> = {
  start: ['stopped'],
  stop: ['running', 'restarting', 'starting', 'shutting-down', 'resetting'],
  restart: ['running'],
  shutdown: ['running'],
  reset: ['running'],
  sendKeys: ['running'],
  reimage: ['running', 'stopped'],
  delete: ['running', 'stopped', 'restarting', 'starting', 'stopping', 'shutting-down', 'resetting'],
  restore: ['deleted'],
  purge: ['deleted'],
  openConsole: LIVE,
  openGraphicalConsole: LIVE,
  connectRemoteSsh: ['running'],
  openSshTerminal: ['running'],
  copyHostname: ANY,
  copyIpAddress: ANY,
  copyManagementAddress: ANY,
  showProperties: ANY,
  resize: SETTLED,
  rename: SETTLED,
  moveToGroup: SETTLED,
  attachCdrom: SETTLED,
  ejectCdrom: SETTLED,
  setHardwareProfile: SETTLED,
  setKeymap: SETTLED,
  // Turning autoreboot on or off of a stopped server would start it or mean nothing: running only.
  autorebootOn: ['running'],
  autorebootOff: ['running'],
  restartIntoRescue: ['running', 'stopped'],
  bootNormally: ['running'],
  showAccess: ANY,
};

/** Beyond the state: Eject only with a CD in, and only the Automatic Restart switch that changes something. */
const ALSO: Partial<Record<ServerAction, (vm: PowerFacts) => boolean>> = {
  ejectCdrom: (vm) => typeof vm.cdrom_url === 'string' && vm.cdrom_url !== '',
  autorebootOn: (vm) => !vm.autoreboot_on,
  autorebootOff: (vm) => vm.autoreboot_on,
  restartIntoRescue: (vm) => vm.appliance === undefined,
  bootNormally: (vm) => vm.appliance !== undefined,
};

export function can(action: ServerAction, vm: PowerFacts, pending?: PendingAction): boolean {
  return ALLOWED[action].includes(stateOf(vm, pending)) && (ALSO[action]?.(vm) ?? true);
}

/** Why an action is not offered, in a word the guard turns into a sentence. */
export type Refusal = 'deleted' | 'not-deleted' | 'powered-off' | 'powered-on' | 'changing';

export function refusal(action: ServerAction, vm: PowerFacts, pending?: PendingAction): Refusal | undefined {
  if (can(action, vm, pending)) return undefined;
  const state = stateOf(vm, pending);
  if (state === 'deleted' || state === 'deleting') return 'deleted';
  if (ALLOWED[action].every((s) => s === 'deleted')) return 'not-deleted';
  if (isChanging(state)) return 'changing';
  return state === 'running' ? 'powered-on' : 'powered-off';
}

/** Actions that change nothing on the brain: still offered to a user who may not write. */
export const READ_ONLY_SERVER_ACTIONS: ReadonlySet<ServerAction> = new Set<ServerAction>([
  'openConsole', 'openGraphicalConsole', 'connectRemoteSsh', 'openSshTerminal', 'copyHostname', 'copyIpAddress', 'copyManagementAddress', 'showProperties', 'showAccess',
]);

/**
 * The tree item's `contextValue`: `server.<state>:<action>:<action>:…:`. Menus match one action
 * with `viewItem =~ /^server\..*:stop:/`, so the menu shows exactly what `can` allows.
 */
export function contextValue(vm: PowerFacts, pending?: PendingAction, opts: { mayWrite?: boolean } = {}): string {
  // Where the user's privileges allow no changes (a viewer), only what reads is offered.
  const allowed = SERVER_ACTIONS.filter((a) => can(a, vm, pending) && (opts.mayWrite !== false || READ_ONLY_SERVER_ACTIONS.has(a)));
  return rowContext('server', stateOf(vm, pending), allowed);
}

/** Short human word for a state ("Running", "Restarting…"). */
export function stateLabel(state: ServerStateName): string {
  return LABELS[state]();
}
