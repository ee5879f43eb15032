// What may be done to a server's discs, backups and addresses, and their menu tokens. Like
// serverState.ts, one table decides the tree's menus (`contextValue`) and each command's guard,
// so they cannot disagree. The state that matters is the server's: most disc and address changes
// need it settled, and moves, restores and swaps need it powered off. No vscode import.
import * as l10n from '@vscode/l10n';
import { rowContext } from './rowContext';
import { ALL_STATES, SETTLED_STATES, stateOf, type PendingAction, type PowerFacts, type ServerStateName } from './serverState';

/** The kinds of rows under a server, and the actions each offers. Command files are named after these. */
export const SUB_ACTIONS = {
  // Read-only: what it shows comes over SSH, not from the API.
  health: [],
  discs: ['addDisc'],
  // Offers nothing itself (its backups do); here so every row kind under a server has its state.
  backups: [],
  disc: ['resizeDisc', 'moveDisc', 'deleteDisc', 'backUpNow', 'scheduleBackups'],
  backup: ['restoreBackup', 'deleteBackup'],
  schedule: ['unscheduleBackups'],
  network: ['addIps', 'swapIps'],
  ip: ['copyIp', 'setRdns', 'removeIp'],
} as const;
export type SubKind = keyof typeof SUB_ACTIONS;
export type SubAction = (typeof SUB_ACTIONS)[SubKind][number];

/** What a row knows beyond its server's state. */
export interface SubFacts {
  /** A disc: the server's first disc, which holds the system and cannot move. */
  root?: boolean;
  /** An address: the primary IPv4/IPv6 of a NIC (goes with the server; only extras can be removed). */
  extra?: boolean;
}

const SETTLED = SETTLED_STATES;
const OFF: readonly ServerStateName[] = ['stopped'];
// Derived, never copied: a list written out by hand here once left out the settings changes, and Copy vanished mid-resize.
const ALL = ALL_STATES;

/** The states in which each action is offered. Restoring or moving a disc needs its server off. */
const ALLOWED: Record<SubAction, readonly ServerStateName[]> = {
  addDisc: SETTLED,
  resizeDisc: SETTLED,
  moveDisc: OFF,
  deleteDisc: SETTLED,
  backUpNow: SETTLED,
  scheduleBackups: SETTLED,
  restoreBackup: OFF,
  deleteBackup: SETTLED,
  unscheduleBackups: SETTLED,
  addIps: SETTLED,
  swapIps: OFF,
  copyIp: ALL,
  setRdns: SETTLED,
  removeIp: SETTLED,
};

/** Actions that change something: hidden where the user's privileges say the brain would refuse (403). */
export const READ_ONLY_ACTIONS: ReadonlySet<SubAction> = new Set(['copyIp']);

/** Per-row facts that rule an action out whatever the state: the root disc stays put; a primary address stays. */
function factAllows(action: SubAction, facts: SubFacts): boolean {
  if (action === 'moveDisc') return !facts.root;
  if (action === 'removeIp') return facts.extra === true;
  return true;
}

export function canSub(action: SubAction, vm: PowerFacts, pending?: PendingAction, facts: SubFacts = {}, mayWrite = true): boolean {
  if (!mayWrite && !READ_ONLY_ACTIONS.has(action)) return false;
  return ALLOWED[action].includes(stateOf(vm, pending)) && factAllows(action, facts);
}

/** Why an action is not possible now, in words (for a stale menu or the palette), or undefined. */
export function subRefusal(action: SubAction, vm: PowerFacts, pending?: PendingAction, facts: SubFacts = {}, mayWrite = true): string | undefined {
  if (canSub(action, vm, pending, facts, mayWrite)) return undefined;
  if (!mayWrite && !READ_ONLY_ACTIONS.has(action)) return l10n.t('Your privileges on this server do not allow changes.');
  if (!factAllows(action, facts)) return action === 'moveDisc' ? l10n.t('The root disc cannot be moved to another server.') : l10n.t('Only extra IP addresses can be removed; a primary address goes with its server.');
  const state = stateOf(vm, pending);
  if (state === 'deleted' || state === 'deleting') return l10n.t('The server is deleted.');
  if (ALLOWED[action] === OFF && state === 'running') return l10n.t('Power the server off first (Shut Down or Stop).');
  return l10n.t('Wait until the server has finished changing.');
}

/**
 * The row's `contextValue`: `<kind>.<server state>:<action>:…:`, matched by menus with
 * `viewItem =~ /^disc\..*:resizeDisc:/`. `mayWrite: false` leaves out every changing action.
 */
export function subContextValue(kind: SubKind, vm: PowerFacts, pending?: PendingAction, facts: SubFacts = {}, mayWrite = true): string {
  const allowed = SUB_ACTIONS[kind].filter((a: SubAction) => canSub(a, vm, pending, facts, mayWrite));
  return rowContext(kind, stateOf(vm, pending), allowed);
}
