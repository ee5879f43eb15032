// What VS Code does with a TreeDataProvider, counted: it draws the rows (getChildren, then
// getTreeItem for each child, and the same below every open row), and on onDidChangeTreeData(x)
// it asks for x's item again and, if x is open, for x's children and everything open below them
// (its AsyncDataTree refreshes an open row's subtree; a closed row is only redrawn). Rows named
// under another named row are dropped, and rows never drawn are ignored, as ExtHostTreeView does.

const EXPANDED = 2;
const COLLAPSED = 1;

/** What the walker reads of a tree item. */
export interface TreeItem {
  collapsibleState?: number;
}

export interface WalkedProvider<T> {
  getTreeItem(node: T): TreeItem;
  getChildren(node?: T): Promise<T[]>;
  onDidChangeTreeData(listener: (e: T | T[] | undefined) => void): unknown;
}

export class TreeWalker<T extends object> {
  readonly calls = { getTreeItem: 0, getChildren: 0 };
  private readonly open = new Set<T>();
  private readonly parent = new Map<T, T | undefined>();
  private queue: Array<T[] | undefined> = [];

  /** `opens(node, item)`: whether the user has this row open (by default: as drawn). */
  constructor(
    private readonly provider: WalkedProvider<T>,
    private readonly opens: (node: T, item: TreeItem) => boolean = (_n, item) => item.collapsibleState === EXPANDED,
    /** Told when a row is opened that was drawn closed (VS Code's expand event). */
    private readonly onExpand?: (node: T) => void,
  ) {
    provider.onDidChangeTreeData((e) => void this.queue.push(e === undefined ? undefined : Array.isArray(e) ? e : [e]));
  }

  /** Draws the whole tree as the view would on first showing it. */
  async paint(): Promise<void> {
    this.open.clear();
    this.parent.clear();
    await this.walk(undefined);
  }

  /** Handles every refresh asked for so far; returns the calls it cost. */
  async settle(): Promise<{ getTreeItem: number; getChildren: number; total: number }> {
    const before = { ...this.calls };
    while (this.queue.length > 0) {
      const e = this.queue.shift();
      if (e === undefined) {
        await this.paint();
        continue;
      }
      const named = new Set(e.filter((n) => this.parent.has(n)));
      for (const n of named) {
        if (this.coveredBy(n, named)) continue;
        this.item(n, this.parent.get(n));
        if (this.open.has(n)) await this.walk(n);
      }
    }
    const getTreeItem = this.calls.getTreeItem - before.getTreeItem;
    const getChildren = this.calls.getChildren - before.getChildren;
    return { getTreeItem, getChildren, total: getTreeItem + getChildren };
  }

  private coveredBy(n: T, named: ReadonlySet<T>): boolean {
    for (let p = this.parent.get(n); p !== undefined; p = this.parent.get(p)) if (named.has(p)) return true;
    return false;
  }

  private item(n: T, parent: T | undefined): TreeItem {
    this.calls.getTreeItem++;
    const item = this.provider.getTreeItem(n);
    this.parent.set(n, parent);
    return item;
  }

  private async walk(node: T | undefined): Promise<void> {
    this.calls.getChildren++;
    for (const child of await this.provider.getChildren(node)) {
      const item = this.item(child, node);
      const wasOpen = this.open.has(child);
      if (item.collapsibleState !== undefined && item.collapsibleState !== 0 && (wasOpen || this.opens(child, item))) {
        if (!wasOpen && item.collapsibleState === COLLAPSED) this.onExpand?.(child);
        this.open.add(child);
        await this.walk(child);
      }
    }
  }
}
