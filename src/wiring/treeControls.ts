// The tree view's controls that commands use: the filter (shown in the view's description, with
// a Clear button through the `bigv.filtered` context key) and revealing a server.
import * as vscode from 'vscode';
import type { CommandContext } from '../commands/context';
import type { EstateNode } from '../estate/nodes';
import { describeFilter, isEmpty, type ServerFilter } from '../model/filter';
import { setContextKey } from '../ui/contextKeys';
import type { ViewNode } from '../ui/profileTree';

type Controls = Pick<CommandContext['view'], 'filter' | 'setFilter'>;

export class TreeControls implements Controls {
  private current: ServerFilter | undefined;
  /** The stale-tree notice of each profile that has one. */
  private readonly notices = new Map<string, string>();
  private filterMessage: string | undefined;

  constructor(
    private readonly view: vscode.TreeView<ViewNode>,
    private readonly tree: { refreshAll(): void },
  ) {}

  get filter(): ServerFilter | undefined {
    return this.current;
  }

  setFilter(filter: ServerFilter | undefined): void {
    this.current = isEmpty(filter) ? undefined : filter;
    void setContextKey('bigv.filtered', this.current !== undefined);
    this.describe();
    this.tree.refreshAll();
  }

  /**
   * The description shows the filter while one is on; because a container with a single view
   * drops the description, the view's message says it too.
   */
  describe(): void {
    // Nothing without a filter: the title names the user, and a second copy beside it was cut to "d…".
    this.view.description = this.current ? describeFilter(this.current) : undefined;
    this.filterMessage = this.current ? describeFilter(this.current) : undefined;
    this.showMessage();
  }

  /** Another line for the view's message (a profile's stale-tree notice), shown above the filter's. */
  setNotice(notice: string | undefined, profile = ''): void {
    if (notice) this.notices.set(profile, notice);
    else this.notices.delete(profile);
    this.showMessage();
  }

  private showMessage(): void {
    const lines = [...this.notices.values(), this.filterMessage].filter((l): l is string => !!l);
    this.view.message = lines.length ? lines.join('\n') : undefined;
  }

  /** Shows the view and selects the node, expanding down to it. */
  async reveal(node: EstateNode): Promise<void> {
    // A filter that hides it would make reveal fail silently: lift it.
    if (this.current) this.setFilter(undefined);
    await vscode.commands.executeCommand('bigv.servers.focus');
    await this.view.reveal(node, { select: true, focus: true, expand: true });
  }
}
