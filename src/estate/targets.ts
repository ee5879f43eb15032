// Server targets built from estate nodes. No vscode import.
import type { ServerTarget } from '../model/target';
import type { Estate } from './estate';
import { fullName, type ServerNode } from './nodes';

export function targetFromNode(node: ServerNode): ServerTarget {
  return {
    ref: { account: node.parent.parent.account.id, group: node.parent.group.id, server: node.vm.id },
    vm: node.vm,
    ...(node.pending ? { pending: node.pending } : {}),
    ...(node.appliance ? { appliance: node.appliance } : {}),
    accountName: node.parent.parent.account.name,
    groupName: node.parent.group.name,
    fullName: fullName(node),
  };
}

/** Every server in the tree, as targets. */
export function allTargets(estate: Estate): ServerTarget[] {
  return estate.servers().map(targetFromNode);
}

/** The accounts and their groups, by name, for choosing what to narrow the tree to. */
export function scopesOf(estate: Estate): { account: string; groups: string[] }[] {
  return estate.accountNodes.map((a) => ({ account: a.account.name, groups: a.groups.map((g) => g.group.name) }));
}
