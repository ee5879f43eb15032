// "Your account": a second view beside the servers showing the signed-in user's SSH keys on
// Bytemark (what the serial console lets in: add, remove), the privileges the session acts with
// (the user's, or with an API key the keys'), and their API keys (create, delete, revoke theirs).
import * as vscode from 'vscode';
import type { ApiKey, Privilege } from '../api/resourceSchemas';
import { apiKeyState } from '../model/apiKeys';
import { levelDoes, privilegeText } from '../model/privileges';
import type { AccountData, AccountModel } from '../estate/account';
import { apiKeyContext, FIXED_ROWS, privilegeContext, sshKeyContext } from '../model/rowActions';
import { parsePublicKey } from '../model/sshKeys';
import { rowText, textTooltip } from './treeItems/text';

/** Where the view's data comes from (with several profiles, the first signed-in one's, and `whose` says which). */
export type AccountSource = Pick<AccountModel, 'get' | 'onDidChange'> & { whose?(): string | undefined };

export type AccountRow =
  | { kind: 'keys'; count: number }
  | { kind: 'key'; line: string; n: number }
  | { kind: 'privileges'; count: number }
  /** `under`: the API key row it is shown under (the same privilege may also be under Privileges). */
  | { kind: 'privilege'; privilege: Privilege; under?: number }
  | { kind: 'apiKeys'; count: number }
  | { kind: 'apiKey'; key: ApiKey }
  | { kind: 'note'; id: string; label: string };

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
      const apiKeys: AccountRow[] = this.data.apiKeys ? [{ kind: 'apiKeys', count: this.data.apiKeys.length }] : [];
      return [{ kind: 'keys', count: this.data.keys.length }, { kind: 'privileges', count: this.data.privileges.length }, ...apiKeys, ...notes];
    }
    const d = this.data;
    if (!d) return [];
    if (row.kind === 'keys') {
      return d.keys.length ? d.keys.map((line, n) => ({ kind: 'key', line, n })) : [{ kind: 'note', id: 'nokeys', label: vscode.l10n.t('No SSH keys: the serial console cannot let you in') }];
    }
    if (row.kind === 'privileges') {
      return d.privileges.length ? d.privileges.map((privilege) => ({ kind: 'privilege', privilege })) : [{ kind: 'note', id: 'noprivileges', label: vscode.l10n.t('None: you may look but not change') }];
    }
    if (row.kind === 'apiKeys') {
      return d.apiKeys?.length ? d.apiKeys.map((key) => ({ kind: 'apiKey', key })) : [{ kind: 'note', id: 'noapikeys', label: vscode.l10n.t('None yet: Create API Key… makes one for a script or CI') }];
    }
    if (row.kind === 'apiKey') {
      const held = row.key.privileges ?? [];
      return held.length ? held.map((privilege) => ({ kind: 'privilege', privilege, under: row.key.id })) : [{ kind: 'note', id: `nokeyprivileges:${row.key.id}`, label: vscode.l10n.t('No privileges: it may do nothing yet') }];
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
        const keyed = this.data?.apiKeySession === true;
        const item = new vscode.TreeItem(keyed ? vscode.l10n.t('Privileges of Your API Keys') : vscode.l10n.t('Privileges'), Expanded);
        if (keyed) item.tooltip = vscode.l10n.t('Signed in with an API key: it acts with the privileges granted to it, not yours. The API does not say which of your keys this is, so those of each key are shown.');
        item.id = 'privileges';
        item.description = String(row.count);
        item.iconPath = new vscode.ThemeIcon('shield');
        item.contextValue = FIXED_ROWS.privileges;
        return item;
      }
      case 'privilege': {
        const p = row.privilege;
        const item = new vscode.TreeItem(rowText(privilegeText(p)), None);
        const keyed = p.api_key_id !== undefined && p.api_key_id !== null;
        item.id = row.under === undefined ? `privilege:${p.id}` : `apikey:${row.under}:privilege:${p.id}`;
        const words = levelDoes(p.level);
        const key = keyed ? this.data?.apiKeys?.find((k) => k.id === p.api_key_id) : undefined;
        item.description = key ? rowText(vscode.l10n.t('key {0} · {1}', key.label, words)) : words;
        item.iconPath = new vscode.ThemeIcon('shield');
        item.contextValue = privilegeContext(keyed);
        return item;
      }
      case 'apiKeys': {
        const item = new vscode.TreeItem(vscode.l10n.t('API Keys'), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = 'apikeys';
        item.description = String(row.count);
        item.iconPath = new vscode.ThemeIcon('key');
        item.contextValue = FIXED_ROWS.apiKeys;
        item.tooltip = vscode.l10n.t('Keys for scripts and CI: each acts only with the privileges granted to it.');
        return item;
      }
      case 'apiKey': {
        const k = row.key;
        const state = apiKeyState(k.expires_at, Date.now());
        const item = new vscode.TreeItem(rowText(k.label), (k.privileges ?? []).length ? vscode.TreeItemCollapsibleState.Collapsed : None);
        item.id = `apikey:${k.id}`;
        item.description = state.words;
        item.iconPath = new vscode.ThemeIcon(state.expired ? 'warning' : 'key');
        item.contextValue = apiKeyContext(state.expired);
        item.tooltip = textTooltip([`${k.label} — ${state.words}`, ...(k.privileges ?? []).map(privilegeText)]);
        item.accessibilityInformation = { label: rowText(vscode.l10n.t('API key {0}, {1}', k.label, state.words)) };
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
