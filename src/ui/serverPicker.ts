// The Command Palette's way to choose a server: a quick pick of name / group.account / state.
import * as vscode from 'vscode';
import type { ServerTarget } from '../commands/context';
import type { PickRow } from '../estate/targets';

type Item = vscode.QuickPickItem & { row: PickRow };

/**
 * VS Code matches the typed text against label and description separately, so `web1.default`
 * would match nothing; when the text looks like the CLI's `name.group.account` notation we
 * filter on the full name ourselves and mark those rows `alwaysShow`.
 */
export function pickServer(rows: PickRow[], placeHolder: string | undefined): Promise<ServerTarget | undefined> {
  const all: Item[] = rows.map((row) => ({ label: row.label, description: row.description, detail: row.detail, row }));
  const qp = vscode.window.createQuickPick<Item>();
  qp.title = vscode.l10n.t('Bytemark Cloud servers');
  qp.placeholder = placeHolder ?? vscode.l10n.t('Select a server (type a name, or name.group.account)');
  qp.matchOnDescription = true;
  qp.matchOnDetail = false;
  qp.items = all;
  return new Promise<ServerTarget | undefined>((resolve) => {
    let done = false;
    const finish = (t: ServerTarget | undefined): void => {
      if (done) return;
      done = true;
      resolve(t);
      qp.dispose();
    };
    qp.onDidChangeValue((value) => {
      const v = value.trim().toLowerCase();
      if (!v.includes('.')) {
        qp.items = all;
        return;
      }
      qp.items = all
        .filter((i) => i.row.target.fullName.toLowerCase().includes(v))
        .map((i) => ({ ...i, alwaysShow: true }));
    });
    qp.onDidAccept(() => finish(qp.selectedItems[0]?.row.target));
    qp.onDidHide(() => finish(undefined));
    qp.show();
  });
}
