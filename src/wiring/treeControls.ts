// The tree view's controls that commands use: the filter (shown in the view's description, with
// a Clear button through the `bigv.filtered` context key) and revealing a server.
import * as vscode from 'vscode';
import type { CommandContext } from '../commands/context';
import type { Estate } from '../estate/estate';
import type { EstateLoader } from '../estate/loader';
import type { EstateNode } from '../estate/nodes';
import { allTargets, scopesOf } from '../estate/targets';
import { describeFilter, isEmpty, type ServerFilter } from '../model/filter';
import type { ServerTarget } from '../model/target';
import { setContextKey } from '../ui/contextKeys';
import type { ServerTreeProvider } from '../ui/treeProvider';

type Controls = Pick<CommandContext['view'], 'filter' | 'setFilter' | 'scopes' | 'reveal' | 'allServers'>;

export class TreeControls implements Controls {
  private current: ServerFilter | undefined;
  private notice: string | undefined;
  private filterMessage: string | undefined;

  constructor(
    private readonly view: vscode.TreeView<EstateNode>,
    private readonly tree: ServerTreeProvider,
    private readonly estate: Estate,
    private readonly loader: EstateLoader,
    /** The view's description when no filter is on (the signed-in user). */
    private readonly plainDescription: () => string,
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
   * The description shows the filter while one is on, else the user; and because a container
   * with a single view drops the description, the view's message says it too.
   */
  describe(): void {
    this.view.description = this.current ? describeFilter(this.current) : this.plainDescription();
    this.filterMessage = this.current ? describeFilter(this.current) : undefined;
    this.showMessage();
  }

  /** Another line for the view's message (the stale-tree notice), shown above the filter's. */
  setNotice(notice: string | undefined): void {
    this.notice = notice;
    this.showMessage();
  }

  private showMessage(): void {
    const lines = [this.notice, this.filterMessage].filter((l): l is string => !!l);
    this.view.message = lines.length ? lines.join('\n') : undefined;
  }

  scopes(): { account: string; groups: string[] }[] {
    return scopesOf(this.estate);
  }

  async allServers(): Promise<ServerTarget[] | undefined> {
    return (await this.loader.ensureLoaded()) ? allTargets(this.estate) : undefined;
  }

  async reveal(target: ServerTarget): Promise<void> {
    const node = this.estate.server(target.vm.id);
    if (!node) return;
    // A filter that hides it would make reveal fail silently: lift it.
    if (this.current) this.setFilter(undefined);
    await vscode.commands.executeCommand('bigv.servers.focus');
    await this.view.reveal(node, { select: true, focus: true, expand: true });
  }
}
