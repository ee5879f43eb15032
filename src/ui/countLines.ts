// An open container's count line ("100 servers · 81 running") is redrawn lazily. VS Code redraws
// a row by asking again for every open row beneath it: redrawing an open account of ten thousand
// servers for one server's power change cost ten thousand rows. The rows below an open container
// already show each server's state, so its line catches up within COUNT_LINE_MS, or at once when
// it is closed; a collapsed container, or one with few rows open below it, is redrawn at once.
import type { AccountNode, EstateNode, GroupNode } from '../estate/nodes';

type Container = AccountNode | GroupNode;

/** A container whose redraw asks for at most this many rows is redrawn at once, as before. */
export const CHEAP_REDRAW_ROWS = 50;
/** How late an open container's count line may be. */
export const COUNT_LINE_MS = 10_000;

export class CountLines {
  /** Open or closed, as the view said (expand and collapse events). */
  private readonly told = new WeakMap<Container, boolean>();
  /** Open or closed, as drawn first (VS Code sends no event for a row drawn open). */
  private readonly drawn = new WeakMap<Container, boolean>();
  /** The count line each container shows now. */
  private readonly shown = new WeakMap<Container, string>();
  private readonly late = new Set<Container>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly fire: (nodes: EstateNode[]) => void,
    /** The count line a container would show now. */
    private readonly describe: (node: Container) => string,
  ) {}

  /** getTreeItem drew `node` so. */
  drew(node: Container, open: boolean, line: string): void {
    if (!this.told.has(node)) this.drawn.set(node, open);
    this.shown.set(node, line);
  }

  /** The user opened or closed `node`; closed, a late count line is drawn now (cheap: nothing below is asked for). */
  expanded(node: Container, open: boolean): void {
    this.told.set(node, open);
    if (!open && this.late.delete(node) && this.stale(node)) this.fire([node]);
  }

  /** Of an estate change, what to redraw now; open containers' count lines are put off. */
  route(change: readonly EstateNode[], countsOnly: ReadonlySet<Container>): EstateNode[] {
    const now: EstateNode[] = [];
    for (const n of change) {
      const c = countsOnly.has(n as Container) ? (n as Container) : undefined;
      if (!c) now.push(n);
      else if (!this.stale(c)) this.late.delete(c);
      else if (this.rowsBelow(c) > CHEAP_REDRAW_ROWS) this.late.add(c);
      else now.push(c);
    }
    if (this.late.size > 0 && this.timer === undefined) {
      this.timer = setTimeout(() => this.flush(), COUNT_LINE_MS);
      // A late count line is no reason to keep a process alive (tests, the benchmark).
      this.timer.unref?.();
    }
    return now;
  }

  /** Draws the late count lines that still differ from what is shown. */
  flush(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const due = [...this.late].filter((c) => this.stale(c));
    this.late.clear();
    if (due.length > 0) this.fire(due);
  }

  /** Everything is redrawn anyway. */
  reset(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.late.clear();
  }

  /** The count lines waiting to be drawn (for tests and the benchmark). */
  get pending(): number {
    return this.late.size;
  }

  private open(c: Container): boolean {
    return this.told.get(c) ?? this.drawn.get(c) ?? false;
  }

  private stale(c: Container): boolean {
    return this.shown.get(c) !== this.describe(c);
  }

  /** How many rows VS Code asks for again when `c` is redrawn. */
  private rowsBelow(c: Container): number {
    if (!this.open(c)) return 0;
    if (c.kind === 'group') return c.servers.length;
    let rows = 0;
    for (const g of c.groups) rows += 1 + (this.open(g) ? g.servers.length : 0);
    return rows;
  }
}
