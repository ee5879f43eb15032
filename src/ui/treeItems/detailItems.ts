// How the rows under a server look: each kind's descriptor (estate/rows/) says it as plain data,
// and this makes the TreeItem. What each row may do comes from the state model
// (model/discState.ts) through `contextValue`. Every string goes through rowText (labels,
// descriptions) or textTooltip (hovers), so API text is inert.
import * as vscode from 'vscode';
import type { DetailNode, ServerNode } from '../../estate/nodes';
import { serverOf } from '../../estate/nodes';
import { descriptorOf } from '../../estate/rows';
import { subContextValue } from '../../model/discState';
import { withoutActions } from '../../model/rowContext';
import { rowText, textTooltip } from './text';

export function detailItem(node: DetailNode, mayWrite: (server: ServerNode) => boolean): vscode.TreeItem {
  const server = serverOf(node);
  const row = descriptorOf(node.kind);
  const look = row.look(node, server);
  const item = new vscode.TreeItem(rowText(look.label), look.expandable ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.description = rowText(look.description ?? '');
  item.iconPath = new vscode.ThemeIcon(look.icon);
  item.contextValue = subContextValue(node.kind, server.vm, server.pending, row.facts?.(node) ?? {}, mayWrite(server));
  if (look.tooltip) item.tooltip = textTooltip(look.tooltip);
  // Said in words, not left to the icon: what the row is and its state.
  const spoken = (description: string | undefined) => rowText(look.accessibility ?? [look.label, description].filter(Boolean).join(', '));
  item.accessibilityInformation = { label: spoken(item.description) };
  // A row being changed spins and says what is happening; its menu waits until it settles.
  if (node.busy !== undefined) {
    item.iconPath = new vscode.ThemeIcon('loading~spin', new vscode.ThemeColor('charts.yellow'));
    item.description = [node.busy, item.description].filter(Boolean).join(' · ');
    item.contextValue = withoutActions(item.contextValue);
    item.accessibilityInformation = { label: rowText(`${node.busy} ${spoken(look.description)}`) };
  }
  return item;
}
