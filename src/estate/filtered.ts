// The tree as the Filter… command narrows it: only servers that match, and only the accounts
// and groups that hold one. Nodes are the estate's own, so expansion and selection survive.
import * as l10n from '@vscode/l10n';
import { countServer, countsDescription, type ServerCounts } from '../model/format';
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

/** The filter in force, if it narrows anything. */
export function activeFilter(f: ServerFilter | undefined): ServerFilter | undefined {
  return f && !isEmpty(f) ? f : undefined;
}

/**
 * A container's count line under a filter: what it shows, and of how many ("1 server · 1 running
 * · of 7"), never the unfiltered count beside a single row.
 */
export function filteredSummary(f: ServerFilter, groups: readonly GroupNode[]): string {
  const shown: ServerCounts = { servers: 0, running: 0, deleted: 0 };
  let all = 0;
  for (const g of groups) {
    all += g.servers.length;
    for (const s of matching(f, g)) countServer(shown, s.vm);
  }
  return [countsDescription(shown), l10n.t('of {0}', all)].filter(Boolean).join(' · ');
}
