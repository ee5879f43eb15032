// How the rows under a server look: Discs and each disc (`label · 25 GiB · sata`), its Backups
// (date, size) and schedules, Network and each address with its reverse DNS. What each row may
// do comes from the state model (model/discState.ts) through `contextValue`. Every string from the
// API goes through rowText (labels, descriptions) or textTooltip (hovers).
import * as vscode from 'vscode';
import type { DetailNode, ServerNode } from '../../estate/nodes';
import { serverOf } from '../../estate/nodes';
import { subContextValue, type SubFacts, type SubKind } from '../../model/discState';
import { serverAddresses } from '../../model/addresses';
import { formatDiscSize } from '../../model/format';
import { backupDate, describeInterval } from '../../model/backupSchedule';
import { rowContext, withoutActions } from '../../model/rowContext';
import { stateOf } from '../../model/serverState';
import { rowText, textTooltip } from './text';

const Collapsed = vscode.TreeItemCollapsibleState.Collapsed;
const None = vscode.TreeItemCollapsibleState.None;

function contextOf(kind: SubKind, server: ServerNode, mayWrite: boolean, facts: SubFacts = {}): string {
  return subContextValue(kind, server.vm, server.pending, facts, mayWrite);
}

export function detailItem(node: DetailNode, mayWrite: (server: ServerNode) => boolean): vscode.TreeItem {
  const server = serverOf(node);
  const write = mayWrite(server);
  switch (node.kind) {
    case 'discs': {
      const discs = server.vm.discs ?? [];
      const item = new vscode.TreeItem(vscode.l10n.t('Discs'), Collapsed);
      item.description = (discs.length === 1 ? vscode.l10n.t('1 disc') : vscode.l10n.t('{0} discs', discs.length)) + ` · ${formatDiscSize(discs.reduce((sum, d) => sum + d.size, 0))}`;
      item.iconPath = new vscode.ThemeIcon('database');
      item.contextValue = contextOf('discs', server, write);
      return withId(item, node.id);
    }
    case 'disc': {
      const d = node.disc;
      const item = new vscode.TreeItem(rowText(d.label), Collapsed);
      const backups = d.backup_count ?? 0;
      item.description = rowText([formatDiscSize(d.size), d.storage_grade, node.root ? vscode.l10n.t('root') : undefined].filter(Boolean).join(' · '));
      item.iconPath = new vscode.ThemeIcon(node.root ? 'server' : 'database');
      item.contextValue = contextOf('disc', server, write, { root: node.root });
      busy(item, node.busy);
      item.tooltip = textTooltip([
        `${d.label} — ${formatDiscSize(d.size)} ${d.storage_grade}`,
        d.storage_pool ? vscode.l10n.t('Pool: {0}', d.storage_pool) : undefined,
        vscode.l10n.t('Backups: {0}', backups),
        vscode.l10n.t('Schedules: {0}', (d.backup_schedules ?? []).length),
      ]);
      item.accessibilityInformation = { label: rowText(`${server.vm.name} ${vscode.l10n.t('disc')} ${d.label}, ${item.description}`) };
      return withId(item, node.id);
    }
    case 'backups': {
      const count = node.backups?.length ?? node.parent.disc.backup_count ?? 0;
      const item = new vscode.TreeItem(vscode.l10n.t('Backups'), count > 0 || node.backups === undefined ? Collapsed : None);
      item.description = String(count);
      item.iconPath = new vscode.ThemeIcon('archive');
      item.contextValue = rowContext('backups', stateOf(server.vm, server.pending));
      return withId(item, node.id);
    }
    case 'backup': {
      const b = node.backup;
      const item = new vscode.TreeItem(rowText(backupDate(b.created_at) ?? b.label), None);
      item.description = rowText(
        [b.size !== undefined ? formatDiscSize(b.size) : undefined, b.manual === false ? vscode.l10n.t('scheduled') : b.manual ? vscode.l10n.t('manual') : undefined, b.label]
          .filter(Boolean).join(' · '),
      );
      item.iconPath = new vscode.ThemeIcon('history');
      item.contextValue = contextOf('backup', server, write);
      item.tooltip = textTooltip([b.label, server.vm.power_on ? vscode.l10n.t('To restore it, power the server off first.') : undefined]);
      return withId(item, node.id);
    }
    case 'schedule': {
      const s = node.schedule;
      const item = new vscode.TreeItem(vscode.l10n.t('Scheduled: {0}', describeInterval(s.interval_seconds)), None);
      item.description = rowText([vscode.l10n.t('from {0}', s.start_at), s.capacity ? vscode.l10n.t('keeps {0}', s.capacity) : undefined].filter(Boolean).join(' · '));
      item.iconPath = new vscode.ThemeIcon('calendar');
      item.tooltip = textTooltip([vscode.l10n.t('Backs up {0} {1}, the first at {2}', node.parent.disc.label, describeInterval(s.interval_seconds), s.start_at)]);
      item.contextValue = contextOf('schedule', server, write);
      return withId(item, node.id);
    }
    case 'network': {
      const item = new vscode.TreeItem(vscode.l10n.t('Network'), Collapsed);
      item.iconPath = new vscode.ThemeIcon('globe');
      const count = serverAddresses(server.vm).length;
      item.description = count === 1 ? vscode.l10n.t('1 address') : vscode.l10n.t('{0} addresses', count);
      item.contextValue = contextOf('network', server, write);
      if (node.error) item.tooltip = textTooltip([node.error]);
      return withId(item, node.id);
    }
    case 'ip': {
      const item = new vscode.TreeItem(rowText(node.ip), None);
      const rdns = node.parent.rdns?.get(node.ip);
      const kind = node.family === 'extra' ? vscode.l10n.t('extra, via {0}', node.routedVia ?? '?') : node.family === 'ipv6' ? 'IPv6' : 'IPv4';
      item.description = rowText([rdns ?? undefined, node.primary ? vscode.l10n.t('primary') : undefined, kind].filter(Boolean).join(' · '));
      item.iconPath = new vscode.ThemeIcon(node.family === 'extra' ? 'link' : 'globe');
      item.contextValue = contextOf('ip', server, write, { extra: node.family === 'extra' });
      busy(item, node.busy);
      item.tooltip = textTooltip([
        node.ip,
        vscode.l10n.t('Reverse DNS: {0}', rdns ?? (node.parent.rdns?.has(node.ip) ? vscode.l10n.t('none') : vscode.l10n.t('not read'))),
        vscode.l10n.t('Interface: {0}', node.nic),
        kind,
      ]);
      return withId(item, node.id);
    }
  }
}

/** A row being changed spins and says what is happening; its menu waits until it settles. */
function busy(item: vscode.TreeItem, label: string | undefined): void {
  if (label === undefined) return;
  item.iconPath = new vscode.ThemeIcon('loading~spin', new vscode.ThemeColor('charts.yellow'));
  item.description = [label, item.description].filter(Boolean).join(' · ');
  item.contextValue = withoutActions(String(item.contextValue));
}

function withId(item: vscode.TreeItem, id: string): vscode.TreeItem {
  item.id = id;
  return item;
}
