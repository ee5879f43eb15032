// What each server action shows while it runs, and what it waits for before the server has
// settled: the other half of the state model's table (serverState.ts). No vscode import.
import type { PendingAction, PowerFacts, ServerAction } from './serverState';

/** What each action's pending state is while it runs and until the server settles. */
export const PENDING: Partial<Record<ServerAction, PendingAction>> = {
  start: 'starting',
  stop: 'stopping',
  restart: 'restarting',
  shutdown: 'shutting-down',
  reset: 'resetting',
  reimage: 'reimaging',
  delete: 'deleting',
  restore: 'restoring',
  resize: 'resizing',
  rename: 'renaming',
  moveToGroup: 'moving',
  attachCdrom: 'updating',
  ejectCdrom: 'updating',
  setHardwareProfile: 'updating',
  setKeymap: 'updating',
  autorebootOn: 'updating',
  autorebootOff: 'updating',
  restartIntoRescue: 'rescuing',
  bootNormally: 'restarting',
};

/** The condition each action waits for after its call; an action not listed settles at once. */
export const SETTLED_WHEN: Partial<Record<ServerAction, (vm: PowerFacts) => boolean>> = {
  start: (vm) => vm.power_on,
  stop: (vm) => !vm.power_on,
  restart: (vm) => vm.power_on,
  shutdown: (vm) => !vm.power_on,
  reset: (vm) => vm.power_on,
  reimage: (vm) => vm.power_on,
  delete: (vm) => vm.deleted === true,
  restore: (vm) => !vm.deleted,
  // A server shut down to be resized or moved is started again; it has settled once it is up.
  resize: (vm) => vm.power_on || !vm.autoreboot_on,
  moveToGroup: (vm) => vm.power_on || !vm.autoreboot_on,
  restartIntoRescue: (vm) => vm.power_on,
  bootNormally: (vm) => vm.power_on,
};

/**
 * Actions after which a server runs its own system again: the appliance was asked for with
 * `permanent: false`, so any power cycle leaves it (a power-off seen by the poller does too).
 */
export const ENDS_APPLIANCE: ReadonlySet<ServerAction> = new Set<ServerAction>(['stop', 'restart', 'shutdown', 'reset', 'reimage', 'delete', 'resize', 'moveToGroup', 'bootNormally']);

/** A new server has settled once built: powered on, or off with nothing to start it. */
export const CREATED = (vm: PowerFacts): boolean => vm.power_on || !vm.autoreboot_on;
