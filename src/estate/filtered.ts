// The tree as the Filter… command narrows it: only servers that match, and only the accounts
// and groups that hold one. Nodes are the estate's own, so expansion and selection survive.
import * as l10n from '@vscode/l10n';
import { isEmpty, serverMatches, type ServerFilter } from '../model/filter';
import type { Estate } from './estate';
import type { AccountNode, EstateNode, GroupNode, PlaceholderNode, ServerNode } from './nodes';

const NO_MATCH: PlaceholderNode = { kind: 'placeholder', id: 'placeholder:filter', parent: undefined, label: '' };

function matching(f: ServerFilter, g: GroupNode): ServerNode[] {
  return g.servers.filter((s) => serverMatches(f, s.vm, s.pending, g.parent.account.name, g.group.name));
}

export function visibleChildren(estate: Estate, node: EstateNode | undefined, f: ServerFilter | undefined): EstateNode[] {
  if (!f || isEmpty(f) || estate.status !== 'loaded') return estate.children(node);
  if (!node) {
    const accounts = estate.accountNodes.filter((a: AccountNode) => a.groups.some((g) => matching(f, g).length > 0));
    return accounts.length ? accounts : [{ ...NO_MATCH, label: l10n.t('No servers match the filter') }];
  }
  if (node.kind === 'account') return node.groups.filter((g) => matching(f, g).length > 0);
  if (node.kind === 'group') return matching(f, node);
  return estate.children(node);
}
