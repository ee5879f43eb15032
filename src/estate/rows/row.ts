// A kind of row under a server, described once: its children in the tree, how it looks, the facts
// its state model needs, what is read when it is first expanded, and how the palette names it.
// Its node's shape is in ../nodes.ts and its actions' states in model/discState.ts; everything
// else about the kind is its descriptor, so the tree (serverTree.ts), the lazy reads
// (details.ts), the tree item (ui/treeItems/detailItems.ts) and the palette pick
// (commands/detailActions.ts) are the same code for every kind. No vscode import.
import type { BrainClient } from '../../api';
import type { SubFacts } from '../../model/discState';
import type { DetailNode, EstateNode, PlaceholderNode, ServerNode } from '../nodes';

export type DetailKind = DetailNode['kind'];
export type NodeOf<K extends DetailKind> = Extract<DetailNode, { kind: K }>;

/** A row as plain data; the tree provider makes the TreeItem (API text made inert there). */
export interface RowLook {
  label: string;
  description?: string;
  /** A codicon id. */
  icon: string;
  /** Collapsed (it has children), or a leaf. */
  expandable: boolean;
  tooltip?: readonly (string | undefined)[];
  /** What a screen reader says, when the label alone says too little. */
  accessibility?: string;
}

/** Makes a row's children so that a row keeps its object while its id lasts (VS Code keeps expansion and selection by it). */
export interface RowMaker {
  reuse<N extends DetailNode>(id: string, make: () => N, update: (n: N) => void): N;
  /** A quiet row saying there is nothing (or why not). */
  placeholder(under: DetailNode, label: string): PlaceholderNode;
}

export interface RowReader {
  brain: BrainClient;
  warn(message: string): void;
}

export interface RowDescriptor<K extends DetailKind> {
  readonly kind: K;
  /** The kinds its children can be (the palette looks for a kind only where it can be). */
  readonly holds?: readonly DetailKind[];
  children?(node: NodeOf<K>, rows: RowMaker): EstateNode[];
  look(node: NodeOf<K>, server: ServerNode): RowLook;
  /** A row directly under a server that is there only sometimes (Health: when read and running). */
  shown?(server: ServerNode): boolean;
  /** What the state model needs beyond the server's state (the root disc, an extra address). */
  facts?(node: NodeOf<K>): SubFacts;
  /** Data read when the row is first expanded, kept on the node until the next refresh. */
  readonly lazy?: {
    /** Read, or failed (its `error`): nothing more to do until a refresh. */
    done(node: NodeOf<K>): boolean;
    read(node: NodeOf<K>, io: RowReader): Promise<void>;
    forget(node: NodeOf<K>): void;
    /** The children come from what is read (backups), not from the server's data (addresses). */
    readonly childrenNeedIt: boolean;
  };
  /** From the palette: the row offered after its server is picked. */
  readonly pick?: {
    words(node: NodeOf<K>): { label: string; description: string };
    none(server: string): string;
  };
}

/** Keeps the kind's literal type, so its functions get its node type. */
export function describeRow<K extends DetailKind>(d: RowDescriptor<K>): RowDescriptor<K> {
  return d;
}

export const serverRef = (s: ServerNode) => ({ account: s.parent.parent.account.id, group: s.parent.group.id, server: s.vm.id });
