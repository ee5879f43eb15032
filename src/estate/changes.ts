// How one mutation of the estate is reported: the nodes it touched, with containers whose
// count line changed added and descendants of a refreshed parent left out. And the sort orders.
import { countServer, countsDescription, type ServerCounts } from '../model/format';
import type { AccountNode, EstateNode, GroupNode, ServerNode } from './nodes';

/** The nodes whose rows (or children) changed; `undefined` means the whole tree. */
export type EstateChange = readonly EstateNode[] | undefined;
/** `countsOnly`: the containers in `change` only because their count line changed (see ChangeSet). */
export type ChangeListener = (change: EstateChange, countsOnly: ReadonlySet<AccountNode | GroupNode>) => void;

// Made on the first sort, not at load: a collator costs milliseconds (ICU data), activation none.
let collator: Intl.Collator | undefined;
const byName = <T extends { id: string }>(name: (x: T) => string) => (a: T, b: T): number =>
  (collator ??= new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })).compare(name(a), name(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
export const sortServers = byName<ServerNode>((n) => n.vm.name);
export const sortGroups = byName<GroupNode>((n) => n.group.name);
export const sortAccounts = byName<AccountNode>((n) => n.account.name);

export function sameIds(a: readonly { id: string }[], b: readonly { id: string }[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.id !== b[i]!.id) return false;
  return true;
}

export function groupSummary(g: GroupNode): string {
  return summary([g]);
}

export function accountSummary(a: AccountNode): string {
  return summary(a.groups);
}

// Counted in place rather than over gathered lists: a reload asks for every container's line
// twice (before and after), and the lists were ten thousand servers' worth of garbage each time.
function summary(groups: readonly GroupNode[]): string {
  const c: ServerCounts = { servers: 0, running: 0, deleted: 0 };
  for (const g of groups) for (const s of g.servers) countServer(c, s.vm);
  return countsDescription(c);
}

/** Collects what one mutation touched, then reports it once. */
export class ChangeSet {
  root = false;
  readonly nodes = new Set<EstateNode>();
  private readonly summaries = new Map<GroupNode | AccountNode, string>();

  /** A change of just these rows (`'all'`: the whole tree). */
  static of(nodes: readonly EstateNode[] | 'all'): ChangeSet {
    const cs = new ChangeSet();
    if (nodes === 'all') cs.root = true;
    else for (const n of nodes) cs.nodes.add(n);
    return cs;
  }

  /** Remembers a container's count line before the mutation, to notice when it changes. */
  watch(node: GroupNode | AccountNode | undefined): void {
    if (!node || this.summaries.has(node)) return;
    this.summaries.set(node, node.kind === 'group' ? groupSummary(node) : accountSummary(node));
  }

  /**
   * The containers in the result only because their count line changed (their rows below did not
   * change): the tree may redraw those lazily, since redrawing an open one walks every row in it.
   */
  readonly countsOnly = new Set<GroupNode | AccountNode>();

  result(): EstateChange {
    for (const [node, before] of this.summaries) {
      const after = node.kind === 'group' ? groupSummary(node) : accountSummary(node);
      if (after !== before && !this.nodes.has(node)) this.countsOnly.add(node);
    }
    if (this.root) return undefined;
    // A refreshed parent re-renders its subtree, so its descendants need not be named too; a
    // parent named only for its count line may be redrawn later, so it covers nothing.
    const covered = (n: EstateNode): boolean => {
      let p: AccountNode | GroupNode | undefined = n.kind === 'server' || n.kind === 'group' || n.kind === 'placeholder' ? n.parent : undefined;
      while (p) {
        if (this.nodes.has(p)) return true;
        p = p.kind === 'group' ? p.parent : undefined;
      }
      return false;
    };
    const changed = [...this.nodes, ...this.countsOnly].filter((n) => !covered(n));
    for (const n of this.countsOnly) if (covered(n)) this.countsOnly.delete(n);
    return changed;
  }
}
