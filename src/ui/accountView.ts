// "Your account": a second view beside the servers showing the signed-in user's SSH keys on
// Bytemark (what the serial console lets in: add, remove) and their privileges (read-only).
import * as vscode from 'vscode';
import type { Privilege } from '../api/resourceSchemas';
import type { AccountData, AccountModel } from '../estate/account';
import { FIXED_ROWS, sshKeyContext } from '../model/rowActions';
import { parsePublicKey } from '../model/sshKeys';
import { rowText, textTooltip } from './treeItems/text';

/** Where the view's data comes from (with several profiles, the first signed-in one's, and `whose` says which). */
export type AccountSource = Pick<AccountModel, 'get' | 'onDidChange'> & { whose?(): string | undefined };

export type AccountRow =
  | { kind: 'keys'; count: number }
  | { kind: 'key'; line: string; n: number }
  | { kind: 'privileges'; count: number }
  | { kind: 'privilege'; privilege: Privilege }
  | { kind: 'note'; id: string; label: string };

/** `account_admin on demo`, `group_admin on web.demo`, `vm_console on db1.db.demo`. */
export function privilegeText(p: Privilege): string {
  const on = p.virtual_machine_name
    ? [p.virtual_machine_name, p.group_name, p.account_name].filter(Boolean).join('.')
    : p.group_name
      ? [p.group_name, p.account_name].filter(Boolean).join('.')
      : p.account_name ?? (p.virtual_machine_id ? `#${p.virtual_machine_id}` : p.group_id ? `#${p.group_id}` : p.account_id ? `#${p.account_id}` : '');
  return on ? vscode.l10n.t('{0} on {1}', p.level, on) : p.level;
}

const LEVEL_WORDS: Record<string, () => string> = {
  account_admin: () => vscode.l10n.t('may change everything in the account'),
  group_admin: () => vscode.l10n.t('may change the group\'s servers'),
  vm_admin: () => vscode.l10n.t('may change the server'),
  vm_console: () => vscode.l10n.t('may open the server\'s console'),
  cluster_admin: () => vscode.l10n.t('Bytemark staff'),
  cluster_su: () => vscode.l10n.t('Bytemark staff'),
};

export class AccountTreeProvider implements vscode.TreeDataProvider<AccountRow>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<AccountRow | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly sub: { dispose(): void };
  private data: AccountData | undefined;

  constructor(private readonly model: AccountSource) {
    this.sub = model.onDidChange(() => this.emitter.fire(undefined));
  }

  async getChildren(row?: AccountRow): Promise<AccountRow[]> {
    if (!row) {
      this.data = await this.model.get();
      if (!this.data) return [];
      const notes = this.data.problems.map((p, i): AccountRow => ({ kind: 'note', id: `problem:${i}`, label: p }));
      return [{ kind: 'keys', count: this.data.keys.length }, { kind: 'privileges', count: this.data.privileges.length }, ...notes];
    }
    const d = this.data;
    if (!d) return [];
    if (row.kind === 'keys') {
      return d.keys.length ? d.keys.map((line, n) => ({ kind: 'key', line, n })) : [{ kind: 'note', id: 'nokeys', label: vscode.l10n.t('No SSH keys: the serial console cannot let you in') }];
    }
    if (row.kind === 'privileges') {
      return d.privileges.length ? d.privileges.map((privilege) => ({ kind: 'privilege', privilege })) : [{ kind: 'note', id: 'noprivileges', label: vscode.l10n.t('None: you may look but not change') }];
    }
    return [];
  }

  getTreeItem(row: AccountRow): vscode.TreeItem {
    const Expanded = vscode.TreeItemCollapsibleState.Expanded;
    const None = vscode.TreeItemCollapsibleState.None;
    switch (row.kind) {
      case 'keys': {
        const item = new vscode.TreeItem(vscode.l10n.t('SSH Keys'), Expanded);
        item.id = 'keys';
        item.description = String(row.count);
        item.iconPath = new vscode.ThemeIcon('key');
        item.contextValue = FIXED_ROWS.sshKeys;
        item.tooltip = textTooltip([vscode.l10n.t('The keys the serial console lets in, for {0}', this.data?.username ?? '')]);
        return item;
      }
      case 'key': {
        const parsed = parsePublicKey(row.line);
        const label = parsed.ok ? parsed.key.comment || parsed.key.type : row.line.slice(0, 40);
        const item = new vscode.TreeItem(rowText(label), None);
        item.id = `key:${row.n}:${row.line.slice(-24)}`;
        item.description = parsed.ok ? rowText(`${parsed.key.type} ${parsed.key.fingerprint}`) : vscode.l10n.t('not a valid key');
        item.iconPath = new vscode.ThemeIcon(parsed.ok ? 'key' : 'warning');
        item.contextValue = sshKeyContext(parsed.ok);
        item.tooltip = textTooltip([row.line]);
        return item;
      }
      case 'privileges': {
        const item = new vscode.TreeItem(vscode.l10n.t('Privileges'), Expanded);
        item.id = 'privileges';
        item.description = String(row.count);
        item.iconPath = new vscode.ThemeIcon('shield');
        item.contextValue = FIXED_ROWS.privileges;
        return item;
      }
      case 'privilege': {
        const p = row.privilege;
        const item = new vscode.TreeItem(rowText(privilegeText(p)), None);
        item.id = `privilege:${p.id}`;
        item.description = Object.hasOwn(LEVEL_WORDS, p.level) ? LEVEL_WORDS[p.level]!() : '';
        item.iconPath = new vscode.ThemeIcon('shield');
        item.contextValue = FIXED_ROWS.privilege;
        return item;
      }
      case 'note': {
        const item = new vscode.TreeItem(rowText(row.label), None);
        item.id = row.id;
        item.contextValue = FIXED_ROWS.note;
        return item;
      }
    }
  }

  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
  }
}

/** The view and its provider; call once from the composition root. */
export function registerAccountView(model: AccountSource): vscode.Disposable {
  const provider = new AccountTreeProvider(model);
  const view = vscode.window.createTreeView('bigv.account', { treeDataProvider: provider });
  const describe = (): void => {
    view.description = model.whose?.();
  };
  describe();
  const sub = model.onDidChange(describe);
  return vscode.Disposable.from(provider, view, { dispose: () => sub.dispose() });
}
