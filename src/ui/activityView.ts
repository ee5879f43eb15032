// The Activity view: every change this window made, newest first: what (the job's title), when,
// who (the user, or "agent: <tool>"), the profile when there are several, the outcome as its
// icon, how long it took; the error in the hover. Undo shows on a row while it is offered.
import * as vscode from 'vscode';
import type { ActivityEntry, ActivityFilter } from '../estate/activity';
import { activityContext } from '../model/rowActions';
import { rowText, textTooltip } from './treeItems/text';

export interface ActivitySource {
  shown(): readonly ActivityEntry[];
  readonly filter: ActivityFilter | undefined;
  onDidChange(listener: () => void): { dispose(): void };
  /** Whether Undo is offered on the entry now (its profile's tree says its server is unchanged). */
  offered(entry: ActivityEntry): boolean;
  /** Whether rows name their profile. */
  several(): boolean;
}

const ICONS: Record<ActivityEntry['outcome'], [string, string]> = {
  ok: ['pass', 'testing.iconPassed'],
  failed: ['error', 'testing.iconFailed'],
  cancelled: ['circle-slash', 'disabledForeground'],
  unknown: ['question', 'problemsWarningIcon.foreground'],
};

function outcomeWords(e: ActivityEntry): string {
  switch (e.outcome) {
    case 'ok':
      return e.undoneBy !== undefined ? vscode.l10n.t('done, then undone') : vscode.l10n.t('done');
    case 'failed':
      return vscode.l10n.t('failed');
    case 'cancelled':
      return vscode.l10n.t('cancelled');
    case 'unknown':
      return vscode.l10n.t('no answer: not known whether it was done');
  }
}

/** "350 ms", "4.2 s", "2 min 5 s". */
export function durationWords(ms: number): string {
  if (ms < 1000) return vscode.l10n.t('{0} ms', Math.round(ms));
  if (ms < 60_000) return vscode.l10n.t('{0} s', (ms / 1000).toFixed(1));
  return vscode.l10n.t('{0} min {1} s', Math.floor(ms / 60_000), Math.round((ms % 60_000) / 1000));
}

function when(at: number): string {
  const d = new Date(at);
  return d.toDateString() === new Date().toDateString() ? d.toLocaleTimeString() : d.toLocaleString();
}

export class ActivityTreeProvider implements vscode.TreeDataProvider<ActivityEntry>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ActivityEntry | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly sub: { dispose(): void };

  constructor(private readonly source: ActivitySource) {
    this.sub = source.onDidChange(() => this.refresh());
  }

  refresh(): void {
    this.emitter.fire(undefined);
  }

  getChildren(e?: ActivityEntry): ActivityEntry[] {
    return e ? [] : [...this.source.shown()];
  }

  getTreeItem(e: ActivityEntry): vscode.TreeItem {
    const item = new vscode.TreeItem(rowText(e.action), vscode.TreeItemCollapsibleState.None);
    item.id = e.id;
    const profile = this.source.several() ? e.profileName : undefined;
    item.description = rowText([when(e.at), e.who, profile, durationWords(e.ms)].filter(Boolean).join(' · '));
    const [icon, color] = ICONS[e.outcome];
    item.iconPath = new vscode.ThemeIcon(e.undoneBy !== undefined ? 'discard' : icon, new vscode.ThemeColor(color));
    const offered = this.source.offered(e);
    item.contextValue = activityContext(e.outcome, offered);
    item.tooltip = textTooltip([
      e.action,
      vscode.l10n.t('{0}, by {1}, took {2}', new Date(e.at).toLocaleString(), e.who, durationWords(e.ms)),
      profile && vscode.l10n.t('Profile {0}', profile),
      vscode.l10n.t('Outcome: {0}', outcomeWords(e)),
      e.error && vscode.l10n.t('Error: {0}', e.error),
      offered ? vscode.l10n.t('Can be undone') : undefined,
    ]);
    item.accessibilityInformation = { label: rowText(`${e.action}, ${outcomeWords(e)}, ${when(e.at)}, ${e.who}`) };
    return item;
  }

  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
  }
}

/** The view and its provider; call once from the composition root. `refresh` redraws it (a server changed). */
export function registerActivityView(source: ActivitySource): vscode.Disposable & { refresh(): void } {
  const provider = new ActivityTreeProvider(source);
  const view = vscode.window.createTreeView('bigv.activity', { treeDataProvider: provider });
  const describe = (): void => {
    view.description = source.filter?.name;
  };
  const sub = source.onDidChange(describe);
  const all = vscode.Disposable.from(provider, view, { dispose: () => sub.dispose() });
  return { dispose: () => all.dispose(), refresh: () => provider.refresh() };
}
