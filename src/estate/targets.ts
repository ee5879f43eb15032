// Server targets built from estate nodes. No vscode import.
import type { ServerTarget } from '../model/target';
import { fullName, type ServerNode } from './nodes';

export function targetFromNode(node: ServerNode): ServerTarget {
  return {
    ref: { account: node.parent.parent.account.id, group: node.parent.group.id, server: node.vm.id },
    vm: node.vm,
    ...(node.pending ? { pending: node.pending } : {}),
    accountName: node.parent.parent.account.name,
    groupName: node.parent.group.name,
    fullName: fullName(node),
  };
}
