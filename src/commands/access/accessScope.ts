// What access is listed on and granted to: an account, a group or a server, from its row or
// picked from the palette, with the privilege levels that fit it (bigv-api.md B.9: account_admin
// on an account, group_admin on a group, vm_admin or vm_console on a server) and whether this
// user may manage it (group administration at least: a vm_admin cannot hand a server on).
import * as l10n from '@vscode/l10n';
import type { GrantSpec, PrivilegeLevel, PrivilegeScope } from '../../api';
import { fullName, isServerNode, type AccountNode, type GroupNode, type ServerNode } from '../../estate/nodes';
import type { PickItem } from '../../interaction/port';
import type { CommandContext } from '../context';

export interface AccessScope {
  kind: 'account' | 'group' | 'server';
  /** `demo`, `web.demo`, `web1.web.demo`. */
  name: string;
  /** Where its privileges are listed. */
  scope: PrivilegeScope;
  /** The target field a grant on it carries. */
  target: Pick<GrantSpec, 'account_id' | 'group_id' | 'virtual_machine_id'>;
  levels: readonly PrivilegeLevel[];
  /** Whether this user may grant and revoke on it (as far as their privileges are known). */
  manage: boolean;
}

const isNode = (x: unknown, kind: 'account' | 'group'): boolean => typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === kind;

export function scopeOf(ctx: CommandContext, node: AccountNode | GroupNode | ServerNode): AccessScope {
  if (node.kind === 'account') {
    const a = node.account;
    return { kind: 'account', name: a.name, scope: { account: a.id }, target: { account_id: a.id }, levels: ['account_admin'], manage: ctx.mayWriteAccount(a.id) };
  }
  if (node.kind === 'group') {
    const a = node.parent.account;
    const g = node.group;
    return { kind: 'group', name: `${g.name}.${a.name}`, scope: { account: a.id, group: g.id }, target: { group_id: g.id }, levels: ['group_admin'], manage: ctx.mayWriteGroup(g.id, a.id) };
  }
  const a = node.parent.parent.account;
  const g = node.parent.group;
  return {
    kind: 'server', name: fullName(node), scope: { account: a.id, group: g.id, server: node.vm.id }, target: { virtual_machine_id: node.vm.id },
    levels: ['vm_admin', 'vm_console'], manage: ctx.mayWriteGroup(g.id, a.id),
  };
}

/** The row's account, group or server, or one picked from the palette (those this user may manage when `manage`). */
export async function resolveScope(ctx: CommandContext, arg: unknown, o: { title: string; manage: boolean }): Promise<AccessScope | undefined> {
  // Loaded with the user's privileges first, so whether they may manage it is known, not assumed.
  const accounts = await ctx.accounts();
  if (isNode(arg, 'account') || isNode(arg, 'group') || isServerNode(arg)) return scopeOf(ctx, arg as AccountNode | GroupNode | ServerNode);
  if (!accounts) return undefined;
  const all = accounts.flatMap((a) => [a, ...a.groups.flatMap((g) => [g, ...g.servers])]).map((n) => scopeOf(ctx, n));
  const offered = o.manage ? all.filter((s) => s.manage) : all;
  if (offered.length === 0) {
    void ctx.ui.notify('info', l10n.t('Your privileges let you manage access nowhere here: it needs the account administrator privilege, or group administrator on a group.'));
    return undefined;
  }
  const icon = { account: '$(account)', group: '$(folder)', server: '$(vm)' };
  const kind = { account: l10n.t('account'), group: l10n.t('group'), server: l10n.t('server') };
  const items = offered.map((s): PickItem & { s: AccessScope } => ({ label: `${icon[s.kind]} ${s.name}`, description: kind[s.kind], s }));
  const picked = await ctx.ui.pick(items, { title: o.title, placeHolder: l10n.t('Select an account, group or server'), matchOnDescription: true });
  return picked?.s;
}
