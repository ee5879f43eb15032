// Which group or account a group command acts on: the tree node it was run on, or a quick pick
// from the palette. Groups come from the tree (the overview the user can see).
import * as l10n from '@vscode/l10n';
import { groupCount, serverCount } from '../../model/counts';
import type { AccountNode, GroupNode } from '../../estate/nodes';
import type { CommandContext } from '../context';

export interface GroupChoice {
  accountId: number;
  accountName: string;
  groupId: number;
  groupName: string;
  /** Names of the servers in it (deleted ones too, where shown): a new one must differ. */
  taken: Set<string>;
}

export function groupChoice(node: GroupNode): GroupChoice {
  return {
    accountId: node.parent.account.id,
    accountName: node.parent.account.name,
    groupId: node.group.id,
    groupName: node.group.name,
    taken: new Set(node.servers.map((s) => s.vm.name)),
  };
}

export const isGroupNode = (x: unknown): x is GroupNode => typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'group' && 'group' in x;
export const isAccountNode = (x: unknown): x is AccountNode => typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'account' && 'account' in x;

export function allGroups(accounts: readonly AccountNode[]): GroupChoice[] {
  return accounts.filter((a) => !a.account.suspended).flatMap((a) => a.groups.map(groupChoice));
}

/** The group node given, or one picked from every group in the tree. */
export async function resolveGroup(ctx: CommandContext, arg: unknown, placeHolder: string): Promise<GroupChoice | undefined> {
  if (isGroupNode(arg)) return groupChoice(arg);
  const accounts = await ctx.accounts();
  if (!accounts) return undefined;
  const items = allGroups(accounts).map((g) => ({ label: g.groupName, description: g.accountName, detail: serverCount(g.taken.size), g }));
  if (items.length === 0) {
    void ctx.ui.notify('info', l10n.t('You have no groups.'));
    return undefined;
  }
  return (await ctx.ui.pick(items, { title: l10n.t('Bytemark Cloud groups'), placeHolder, matchOnDescription: true }))?.g;
}

export interface AccountChoice {
  id: number;
  name: string;
  /** Group names already in it. */
  taken: Set<string>;
}

export async function resolveAccount(ctx: CommandContext, arg: unknown, placeHolder: string): Promise<AccountChoice | undefined> {
  const of = (a: AccountNode): AccountChoice => ({ id: a.account.id, name: a.account.name, taken: new Set(a.groups.map((g) => g.group.name)) });
  if (isAccountNode(arg)) return of(arg);
  const accounts = await ctx.accounts();
  if (!accounts) return undefined;
  const usable = accounts.filter((a) => !a.account.suspended);
  if (usable.length === 1) return of(usable[0]!);
  const items = usable.map((a) => ({ label: a.account.name, detail: groupCount(a.groups.length), a }));
  const picked = await ctx.ui.pick(items, { title: l10n.t('Bytemark Cloud accounts'), placeHolder });
  return picked ? of(picked.a) : undefined;
}
