// The vscode face of the estate: turns nodes into TreeItems and forwards "these nodes changed".
// Names and messages from the API reach rows only through rowText and hovers only as escaped text.
import * as vscode from 'vscode';
import type { Estate } from '../estate/estate';
import type { ServerFilter } from '../model/filter';
import { accountSummary, groupSummary } from '../estate/estate';
import type { DetailLoader } from '../estate/details';
import type { HealthWatch } from '../estate/health';
import { markdownText } from '../api/safeText';
import { serverHealthWords } from '../model/healthView';
import { activeFilter, filteredSummary, visibleChildren } from '../estate/filtered';
import { isDetailNode, isServerNode, type AccountNode, type EstateNode, type GroupNode } from '../estate/nodes';
import { accountContext, groupContext } from '../estate/writeAccess';
import { FIXED_ROWS } from '../model/rowActions';
import { fullName } from '../estate/nodes';
import { contextValue, powerFacts } from '../model/serverState';
import { serverTooltipMarkdown, serverView } from '../model/serverView';
import { CountLines } from './countLines';
import { detailItem } from './treeItems/detailItems';
import { rowText, textTooltip } from './treeItems/text';

/** Accounts start expanded when there are few of them; VS Code remembers the user's choice after. */
const EXPAND_ACCOUNTS_UP_TO = 3;
/** Groups with more servers than this start collapsed. */
const EXPAND_GROUPS_UP_TO = 25;

export class ServerTreeProvider implements vscode.TreeDataProvider<EstateNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<EstateNode | EstateNode[] | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly sub: { dispose(): void };

  constructor(
    private readonly estate: Estate,
    /** Awaited by the root's getChildren so the view shows its progress bar instead of an empty tree. */
    private readonly pendingLoad: () => Promise<void> | undefined,
    /** The API is not answering: what was changing can no longer be known, so nothing spins. */
    private readonly isStale: () => boolean = () => false,
    /** What the Filter… command narrows the tree to, if anything. */
    private readonly filter: () => ServerFilter | undefined = () => undefined,
    /** Reads backups and reverse DNS when their rows are first expanded, and the user's privileges. */
    private readonly details?: DetailLoader,
    /** Reads the health of servers shown expanded or selected, when it is on (estate/health.ts). */
    private readonly health?: HealthWatch,
  ) {
    this.sub = estate.onDidChange((change, countsOnly) => {
      if (change === undefined) return this.refreshAll();
      const now = this.counts.route(change, countsOnly);
      if (now.length > 0) this.emitter.fire(now);
    });
  }

  /** Open containers' count lines, redrawn lazily (see countLines.ts). */
  readonly counts = new CountLines((nodes) => this.emitter.fire(nodes), (node) => this.countLine(node));

  /** The user opened or closed a row (the view's expand and collapse events). */
  expanded(node: EstateNode, open: boolean): void {
    if (node.kind === 'account' || node.kind === 'group') this.counts.expanded(node, open);
    if (node.kind === 'server') this.health?.expanded(node, open);
  }

  /** This profile's part of the view's selection: selected servers' health is read too. */
  selected(nodes: readonly EstateNode[]): void {
    this.health?.selected(nodes.filter(isServerNode));
  }

  /** A server's health arrived (or the setting changed: undefined, every row). */
  healthChanged(servers: readonly EstateNode[] | undefined): void {
    this.emitter.fire(servers ? [...servers] : undefined);
  }

  /** An account's or group's description: its counts (of what the filter shows, under one). */
  private countLine(node: AccountNode | GroupNode): string {
    const f = activeFilter(this.filter());
    if (node.kind === 'group') return f ? filteredSummary(f, [node]) : groupSummary(node);
    const summary = f ? filteredSummary(f, node.groups) : accountSummary(node);
    return node.account.suspended ? [vscode.l10n.t('suspended'), summary].filter(Boolean).join(' · ') : summary;
  }

  async getChildren(node?: EstateNode): Promise<EstateNode[]> {
    if (!node) await this.pendingLoad();
    if (!node) void this.details?.ensureAccess();
    if (isDetailNode(node)) await this.details?.load(node);
    if (node?.kind === 'server') this.health?.shown(node);
    return visibleChildren(this.estate, node, this.filter());
  }

  getParent(node: EstateNode): EstateNode | undefined {
    return this.estate.parentOf(node);
  }

  /** The hover card is built only when hovered: with thousands of rows that is most of the cost. */
  resolveTreeItem(item: vscode.TreeItem, node: EstateNode): vscode.TreeItem {
    if (node.kind !== 'server') return item;
    const health = serverHealthWords(node.health).line;
    item.tooltip = new vscode.MarkdownString(serverTooltipMarkdown(powerFacts(node), node.pending) + (health ? `\n\n${markdownText(health)}` : ''));
    return item;
  }

  getTreeItem(node: EstateNode): vscode.TreeItem {
    switch (node.kind) {
      case 'account': {
        const f = activeFilter(this.filter());
        const item = new vscode.TreeItem(
          rowText(node.account.name),
          f || this.estate.accountNodes.length <= EXPAND_ACCOUNTS_UP_TO
            ? vscode.TreeItemCollapsibleState.Expanded
            : vscode.TreeItemCollapsibleState.Collapsed,
        );
        // Under a filter, another id: VS Code keeps a row's expansion by id, so a collapsed account
        // would hide its matches; the filtered rows open, and the user's own state returns after.
        item.id = f ? `${node.id}:filtered` : node.id;
        item.contextValue = accountContext(this.estate.access, node.account.id);
        item.iconPath = new vscode.ThemeIcon(node.account.suspended ? 'warning' : 'account');
        item.description = this.countLine(node);
        this.counts.drew(node, item.collapsibleState === vscode.TreeItemCollapsibleState.Expanded, item.description);
        item.tooltip = textTooltip([vscode.l10n.t('Account {0}', node.account.name) + (item.description ? ` — ${item.description}` : '')]);
        item.accessibilityInformation = { label: rowText([vscode.l10n.t('Account {0}', node.account.name), item.description].filter(Boolean).join(', ')) };
        return item;
      }
      case 'group': {
        // A large group starts collapsed, so a big estate opens as a readable list of groups.
        const f = activeFilter(this.filter());
        const state = !f && node.servers.length > EXPAND_GROUPS_UP_TO ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded;
        const item = new vscode.TreeItem(rowText(node.group.name), state);
        item.id = f ? `${node.id}:filtered` : node.id;
        item.contextValue = groupContext(this.estate.access, node);
        item.iconPath = new vscode.ThemeIcon('folder');
        item.description = this.countLine(node);
        this.counts.drew(node, state === vscode.TreeItemCollapsibleState.Expanded, item.description);
        item.tooltip = textTooltip([`${node.group.name}.${node.parent.account.name}` + (item.description ? ` — ${item.description}` : '')]);
        item.accessibilityInformation = { label: rowText([vscode.l10n.t('Group {0} of {1}', node.group.name, node.parent.account.name), item.description].filter(Boolean).join(', ')) };
        return item;
      }
      case 'server': {
        const view = serverView(powerFacts(node), node.pending, this.isStale());
        const item = new vscode.TreeItem(rowText(node.vm.name), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        const mayWrite = this.estate.access.mayWrite(node);
        item.contextValue = mayWrite ? view.contextValue : contextValue(powerFacts(node), node.pending, { mayWrite });
        item.iconPath = new vscode.ThemeIcon(view.icon, new vscode.ThemeColor(view.color));
        // A disc over 90 % or memory exhausted (read over SSH when health is on) flags the row.
        const flag = node.vm.power_on === true ? serverHealthWords(node.health).flag : undefined;
        // First, so a narrow view that cuts the description off still shows it.
        item.description = rowText([flag && `⚠ ${flag}`, view.description].filter(Boolean).join(' · '));
        item.accessibilityInformation = { label: rowText(`${fullName(node)}, ${view.label}, ${item.description}`) };
        return item;
      }
      case 'placeholder': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.contextValue = FIXED_ROWS.placeholder;
        item.accessibilityInformation = { label: rowText(node.label) };
        return item;
      }
      case 'problem': {
        const item = new vscode.TreeItem(rowText(node.label), vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.contextValue = FIXED_ROWS.problem;
        item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
        item.description = vscode.l10n.t('cannot be shown');
        item.tooltip = textTooltip([node.reason]);
        item.accessibilityInformation = { label: rowText(vscode.l10n.t('{0} cannot be shown: {1}', node.label, node.reason)) };
        return item;
      }
      case 'error': {
        const item = new vscode.TreeItem(rowText(node.message), vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.contextValue = FIXED_ROWS.error;
        item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
        item.description = rowText(node.detail.split('\n')[0] ?? '');
        item.tooltip = textTooltip([...node.detail.split('\n'), '', vscode.l10n.t('Click to retry.')]);
        item.command = { command: 'bigv.refresh', title: vscode.l10n.t('Retry') };
        item.accessibilityInformation = { label: rowText(vscode.l10n.t('Error: {0}. {1}. Press Enter to retry.', node.message, item.description)) };
        return item;
      }
      default:
        if (isDetailNode(node)) return detailItem(node, (s) => this.estate.access.mayWrite(s));
        return new vscode.TreeItem('');
    }
  }

  /** Every row again (e.g. when the tree goes stale or fresh). */
  refreshAll(): void {
    this.counts.reset();
    this.emitter.fire(undefined);
  }

  dispose(): void {
    this.counts.reset();
    this.sub.dispose();
    this.emitter.dispose();
  }
}

