// What the Filter… command narrows the tree to: text in a name, hostname or address, a state,
// and an account or group. Pure, so the tree and its tests apply exactly the same rule.
import * as l10n from '@vscode/l10n';
import type { VirtualMachine } from '../api/schemas';
import { serverAddresses } from './addresses';
import { isChanging, stateOf, type PendingAction } from './serverState';

export type StateFilter = 'running' | 'stopped' | 'changing' | 'deleted';

export interface ServerFilter {
  text?: string;
  state?: StateFilter;
  /** Only this account (by name), and within it only this group, when set. */
  account?: string;
  group?: string;
}

export function isEmpty(f: ServerFilter | undefined): boolean {
  return !f || (!f.text && !f.state && !f.account && !f.group);
}

export function stateMatches(state: StateFilter, vm: VirtualMachine, pending?: PendingAction): boolean {
  const s = stateOf(vm, pending);
  if (state === 'changing') return isChanging(s);
  return s === state;
}

export function textMatches(text: string, vm: VirtualMachine): boolean {
  const t = text.trim().toLowerCase();
  if (t === '') return true;
  if (vm.name.toLowerCase().includes(t) || (vm.hostname ?? '').toLowerCase().includes(t)) return true;
  return serverAddresses(vm).some((a) => a.ip.toLowerCase().includes(t));
}

export function serverMatches(f: ServerFilter, vm: VirtualMachine, pending: PendingAction | undefined, account: string, group: string): boolean {
  if (f.account && f.account !== account) return false;
  if (f.group && f.group !== group) return false;
  if (f.state && !stateMatches(f.state, vm, pending)) return false;
  return !f.text || textMatches(f.text, vm);
}

/** The view's description while a filter is on: `running · "web" · demo/web`. */
export function describeFilter(f: ServerFilter): string {
  const words: Record<StateFilter, () => string> = {
    running: () => l10n.t('running'),
    stopped: () => l10n.t('stopped'),
    changing: () => l10n.t('changing'),
    deleted: () => l10n.t('deleted'),
  };
  const parts: string[] = [];
  if (f.state) parts.push(words[f.state]());
  if (f.text) parts.push(`"${f.text}"`);
  if (f.account) parts.push(f.group ? `${f.account}/${f.group}` : f.account);
  return l10n.t('Filter: {0}', parts.join(' · '));
}
