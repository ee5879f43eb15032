// The real UiPort: VS Code's notifications, modal dialogs, quick picks, input boxes, progress,
// clipboard and status bar.
import * as vscode from 'vscode';
import { BACK, type AskOptions, type Back, type InputOptions, type PickItem, type PickOptions, type Severity, type UiPort, type WizardStep } from '../interaction/port';
import { capMessage } from '../interaction/reportError';
import { enterTakes, pickTexts, shownRows } from '../interaction/pickFilter';
import { statusBarText } from '../model/format';

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

  pick<T extends PickItem>(items: readonly T[], opts: PickOptions & { step: WizardStep }): Promise<T | Back | undefined>;
  pick<T extends PickItem>(items: readonly T[], opts: PickOptions): Promise<T | undefined>;
  pick<T extends PickItem>(items: readonly T[], opts: PickOptions): Promise<T | Back | undefined> {
    return quickPick<T, T | Back>(items, opts, false, (qp, finish, shown) => {
      withStep(qp, opts.step);
      qp.onDidAccept(() => {
        const [row] = enterTakes(shown(), [], qp.selectedItems);
        if (row) finish(row.item);
      });
      qp.onDidTriggerButton((b) => b === vscode.QuickInputButtons.Back && finish(BACK));
    });
  }

  /**
   * Several at once, with the same search as `pick`. Enter with nothing ticked takes the
   * highlighted row, so picking one server is as quick as before; with nothing shown, nothing.
   */
  pickMany<T extends PickItem>(items: readonly T[], opts: PickOptions): Promise<T[] | undefined> {
    return quickPick<T, T[]>(items, opts, true, (qp, finish, shown) => {
      qp.onDidAccept(() => {
        const rows = enterTakes(shown(), qp.selectedItems, qp.activeItems);
        if (rows.length > 0) finish(rows.map((r) => r.item));
      });
    });
  }

  input(opts: InputOptions & { step: WizardStep }): Promise<string | Back | undefined>;
  input(opts: InputOptions): Promise<string | undefined>;
  async input(opts: InputOptions): Promise<string | Back | undefined> {
    if (opts.step) return wizardInput(opts, opts.step);
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

  notice(message: string, until: Promise<unknown>): void {
    // A progress notification is the one kind VS Code closes on our word; not cancellable, since
    // nothing is cancelled by closing it (its X hides it).
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: message, cancellable: false }, () => until.then(() => undefined, () => undefined));
  }

  async copy(text: string): Promise<void> {
    await vscode.env.clipboard.writeText(text);
  }

  flash(message: string): void {
    vscode.window.setStatusBarMessage(statusBarText(message), 5000);
  }

  async openSettings(setting: string): Promise<void> {
    await vscode.commands.executeCommand('workbench.action.openSettings', setting);
  }

  showLog(): void {
    this.log.show(true);
  }

  workspaceFolder(): string | undefined {
    return vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file')?.uri.fsPath;
  }
}

/** VS Code shows "Title (3/9)" from step/totalSteps; Back is offered from the second step on. */
function withStep(q: vscode.QuickInput & { buttons: readonly vscode.QuickInputButton[] }, step: WizardStep | undefined): void {
  if (!step) return;
  q.step = step.index;
  q.totalSteps = step.total;
  if (step.index > 1) q.buttons = [vscode.QuickInputButtons.Back];
}

/** showInputBox has no Back button, so a wizard's input is an InputBox validated as the user types. */
function wizardInput(opts: InputOptions, step: WizardStep): Promise<string | Back | undefined> {
  const box = vscode.window.createInputBox();
  box.title = opts.title;
  box.prompt = opts.prompt;
  box.placeholder = opts.placeHolder;
  box.value = opts.value ?? '';
  box.password = opts.password ?? false;
  box.ignoreFocusOut = true;
  withStep(box, step);
  const check = (v: string): string | undefined => opts.validate?.(v);
  box.validationMessage = box.value === '' ? undefined : check(box.value);
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: string | Back | undefined): void => {
      if (done) return;
      done = true;
      resolve(value);
      box.dispose();
    };
    box.onDidChangeValue((v) => (box.validationMessage = check(v)));
    box.onDidAccept(() => {
      const problem = check(box.value);
      box.validationMessage = problem;
      if (problem === undefined) finish(box.value);
    });
    box.onDidTriggerButton((b) => b === vscode.QuickInputButtons.Back && finish(BACK));
    box.onDidHide(() => finish(undefined));
    box.show();
  });
}

type Row<T> = vscode.QuickPickItem & { item: T };

/**
 * A quick pick of `items`; `wire` adds how it is accepted, given the rows shown. Resolves
 * undefined when hidden. A server pick (several at once, or `opts.fullName`) filters itself: VS
 * Code's filter cannot search `name.group.account`, and in a multi-select pick the row it keeps
 * active can be one its filter hides, so Enter would act on a server nobody saw.
 */
function quickPick<T extends PickItem, R>(
  items: readonly T[],
  opts: PickOptions,
  many: boolean,
  wire: (qp: vscode.QuickPick<Row<T>>, finish: (value: R | undefined) => void, shown: () => readonly Row<T>[]) => void,
): Promise<R | undefined> {
  const own = many || opts.fullName !== undefined;
  const all: Row<T>[] = items.map((item) => ({ label: item.label, description: item.description, detail: item.detail, item, alwaysShow: own }));
  const qp = vscode.window.createQuickPick<Row<T>>();
  Object.assign(qp, { title: opts.title, placeholder: opts.placeHolder, canSelectMany: many, ignoreFocusOut: true, items: all });
  qp.matchOnDescription = opts.matchOnDescription ?? false;
  qp.matchOnDetail = opts.matchOnDetail ?? false;
  const shown = own ? filterOwn(qp, all, opts, many) : () => all;
  return new Promise<R | undefined>((resolve) => {
    let done = false;
    const finish = (value: R | undefined): void => {
      if (done) return;
      done = true;
      resolve(value);
      qp.dispose();
    };
    wire(qp, finish, shown);
    qp.onDidHide(() => finish(undefined));
    qp.show();
  });
}

/**
 * Shows exactly `shownRows` for the typed text (every row is alwaysShow, so VS Code hides none,
 * and does not reorder them), keeps ticked rows ticked and in sight, and highlights the first match.
 */
function filterOwn<T extends PickItem>(qp: vscode.QuickPick<Row<T>>, all: readonly Row<T>[], opts: PickOptions, many: boolean): () => readonly Row<T>[] {
  const textsOf = (r: Row<T>): string[] => pickTexts(r.item, opts);
  // In the API's proposals (quickPickSortByLabel), and honoured for every extension: without it a
  // typed text moves label matches up, and the highlighted first match would not be the top row.
  (qp as { sortByLabel?: boolean }).sortByLabel = false;
  const ticked = new Set<Row<T>>();
  let shown: readonly Row<T>[] = all;
  if (many) {
    // VS Code says which of the rows it shows are ticked (and a ticked row is always shown).
    qp.onDidChangeSelection((selected) => {
      const now = new Set(selected);
      for (const r of shown) (now.has(r) ? ticked.add(r) : ticked.delete(r));
    });
  }
  const refilter = (value: string): void => {
    const { rows, first } = shownRows(all, value, textsOf, ticked);
    shown = rows;
    qp.items = rows;
    if (many) qp.selectedItems = rows.filter((r) => ticked.has(r));
    qp.activeItems = first ? [first] : [];
  };
  qp.onDidChangeValue(refilter);
  refilter('');
  return () => shown;
}
