// Server targets and the quick pick's rows, built from estate nodes. No vscode import.
import type { ServerTarget } from '../commands/context';
import { fullName, type ServerNode } from './nodes';
import { serverState } from '../model/serverState';
import { primaryIp } from '../model/format';

export function targetFromNode(node: ServerNode): ServerTarget {
  return {
    ref: { account: node.parent.parent.account.id, group: node.parent.group.id, server: node.vm.id },
    vm: node.vm,
    accountName: node.parent.parent.account.name,
    groupName: node.parent.group.name,
    fullName: fullName(node),
  };
}

export interface PickRow {
  label: string;
  description: string;
  detail: string;
  target: ServerTarget;
}

/** Name as the label, `group.account` beside it (searchable), state and address underneath. */
export function pickRow(node: ServerNode): PickRow {
  const view = serverState(node.vm, node.pending);
  const ip = primaryIp(node.vm);
  return {
    label: node.vm.name,
    description: `${node.parent.group.name}.${node.parent.parent.account.name}`,
    detail: [view.label, ip].filter(Boolean).join(' · '),
    target: targetFromNode(node),
  };
}

/**
 * The servers a palette command may act on. Without a filter: every server that is not deleted.
 * With one, the filter alone decides (so Restore can offer deleted servers).
 */
export function candidateRows(nodes: readonly ServerNode[], filter?: (t: ServerTarget) => boolean): PickRow[] {
  const rows = nodes.map(pickRow);
  return rows.filter((r) => (filter ? filter(r.target) : !r.target.vm.deleted));
}
