// The real UiPort: VS Code's notifications, modal dialogs, quick picks, input boxes, progress,
// clipboard and status bar.
import * as vscode from 'vscode';
import type { AskOptions, InputOptions, PickItem, PickOptions, Severity, UiPort } from './port';
import { capMessage } from './errors';

export class VscodeUi implements UiPort {
  constructor(private readonly log: { show(preserveFocus?: boolean): void }) {}

  async notify(severity: Severity, message: string, ...buttons: string[]): Promise<string | undefined> {
    const show = severity === 'error' ? vscode.window.showErrorMessage : severity === 'warning' ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
    return show(capMessage(message), ...buttons);
  }

  async ask(message: string, detail: string, buttons: readonly string[], opts: AskOptions = {}): Promise<string | undefined> {
    const show = opts.severity === 'info' ? vscode.window.showInformationMessage : vscode.window.showWarningMessage;
    const items: vscode.MessageItem[] = buttons.map((title) => ({ title }));
    if (opts.closeLabel !== undefined) items.push({ title: opts.closeLabel, isCloseAffordance: true });
    const choice = await show(capMessage(message), { modal: true, detail: capMessage(detail) }, ...items);
    return choice === undefined || choice.title === opts.closeLabel ? undefined : choice.title;
  }

  pick<T extends PickItem>(items: readonly T[], opts: PickOptions): Promise<T | undefined> {
    type Row = vscode.QuickPickItem & { item: T };
    const all: Row[] = items.map((item) => ({ label: item.label, description: item.description, detail: item.detail, item }));
    const qp = vscode.window.createQuickPick<Row>();
    qp.title = opts.title;
    qp.placeholder = opts.placeHolder;
    qp.matchOnDescription = opts.matchOnDescription ?? false;
    qp.matchOnDetail = opts.matchOnDetail ?? false;
    qp.ignoreFocusOut = true;
    qp.items = all;
    const fullName = opts.fullName;
    return new Promise<T | undefined>((resolve) => {
      let done = false;
      const finish = (value: T | undefined): void => {
        if (done) return;
        done = true;
        resolve(value);
        qp.dispose();
      };
      if (fullName) {
        qp.onDidChangeValue((value) => {
          const v = value.trim().toLowerCase();
          qp.items = v.includes('.') ? all.filter((r) => fullName(r.item).toLowerCase().includes(v)).map((r) => ({ ...r, alwaysShow: true })) : all;
        });
      }
      qp.onDidAccept(() => finish(qp.selectedItems[0]?.item));
      qp.onDidHide(() => finish(undefined));
      qp.show();
    });
  }

  async pickMany<T extends PickItem>(items: readonly T[], opts: PickOptions): Promise<T[] | undefined> {
    type Row = vscode.QuickPickItem & { item: T };
    const rows: Row[] = items.map((item) => ({ label: item.label, description: item.description, detail: item.detail, item }));
    const picked = await vscode.window.showQuickPick(rows, {
      title: opts.title,
      placeHolder: opts.placeHolder,
      matchOnDescription: opts.matchOnDescription ?? false,
      matchOnDetail: opts.matchOnDetail ?? false,
      ignoreFocusOut: true,
      canPickMany: true,
    });
    return picked?.map((r) => r.item);
  }

  async input(opts: InputOptions): Promise<string | undefined> {
    return vscode.window.showInputBox({
      title: opts.title,
      prompt: opts.prompt,
      placeHolder: opts.placeHolder,
      value: opts.value,
      password: opts.password,
      ignoreFocusOut: true,
      validateInput: opts.validate,
    });
  }

  async progress<T>(title: string, task: (signal: AbortSignal, report: (message: string) => void) => Promise<T>): Promise<T> {
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `${title}…`, cancellable: true }, async (progress, token) => {
      const ac = new AbortController();
      const sub = token.onCancellationRequested(() => ac.abort());
      try {
        return await task(ac.signal, (message) => progress.report({ message }));
      } finally {
        sub.dispose();
      }
    });
  }

  async copy(text: string): Promise<void> {
    await vscode.env.clipboard.writeText(text);
  }

  flash(message: string): void {
    vscode.window.setStatusBarMessage(message, 5000);
  }

  async openSettings(setting: string): Promise<void> {
    await vscode.commands.executeCommand('workbench.action.openSettings', setting);
  }

  showLog(): void {
    this.log.show(true);
  }
}
