// A privilege in words, for Your Account's rows and the access commands alike: what it is on
// (`web1.web.demo`, as far as the privilege names it) and what its level lets its holder do.
// No vscode import.
import * as l10n from '@vscode/l10n';
import type { Privilege } from '../api/resourceSchemas';

/** `web1.web.demo`, `web.demo`, `demo`, or `#id` when the privilege does not name it. */
export function privilegeTarget(p: Privilege): string {
  if (p.virtual_machine_name) return [p.virtual_machine_name, p.group_name, p.account_name].filter(Boolean).join('.');
  if (p.group_name) return [p.group_name, p.account_name].filter(Boolean).join('.');
  const id = p.virtual_machine_id ?? p.group_id ?? p.account_id;
  return p.account_name ?? (id !== undefined && id !== null ? `#${id}` : '');
}

/** `account_admin on demo`, `group_admin on web.demo`, `vm_console on db1.db.demo`. */
export function privilegeText(p: Privilege): string {
  const on = privilegeTarget(p);
  return on ? l10n.t('{0} on {1}', p.level, on) : p.level;
}

// Functions, not strings: the l10n bundle is configured at activation, after modules load.
const LEVELS: Record<string, { name: () => string; does: () => string }> = {
  account_admin: { name: () => l10n.t('account administrator'), does: () => l10n.t('may change everything in the account') },
  group_admin: { name: () => l10n.t('group administrator'), does: () => l10n.t('may change the group and its servers') },
  vm_admin: { name: () => l10n.t('server administrator'), does: () => l10n.t('may change the server') },
  vm_console: { name: () => l10n.t('console'), does: () => l10n.t('may open the server\'s consoles, change nothing') },
  cluster_admin: { name: () => l10n.t('Bytemark staff'), does: () => l10n.t('Bytemark staff') },
  cluster_su: { name: () => l10n.t('Bytemark staff'), does: () => l10n.t('Bytemark staff') },
};

/** What a level lets its holder do ("may change the server"); '' for a level not known (a name from the API is never a key into this table's prototype). */
export const levelDoes = (level: string): string => (Object.hasOwn(LEVELS, level) ? LEVELS[level]!.does() : '');

/** A level for picks and confirmations: "server administrator: may change the server". */
export const levelWords = (level: string): string => (Object.hasOwn(LEVELS, level) ? `${LEVELS[level]!.name()}: ${LEVELS[level]!.does()}` : level);
