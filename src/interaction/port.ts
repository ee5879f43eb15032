// Everything a command may ask or tell the user, as one small interface. Command handlers get
// it instead of `vscode.window`, so they run in unit tests against a scripted fake
// (test/support/fakeUi.ts); src/ui/vscodeUi.ts is the real one.

export interface PickItem {
  label: string;
  description?: string;
  detail?: string;
}

/** Where a prompt stands in a multi-step wizard: shown as "(3/9)" beside the title, with Back from step 2 on. */
export interface WizardStep {
  index: number;
  total: number;
}

/** What a wizard prompt resolves with when the user pressed Back (only prompts given a `step` can). */
export const BACK: unique symbol = Symbol('back');
export type Back = typeof BACK;

export interface PickOptions {
  title?: string;
  /** A wizard step: the counter beside the title, and (from step 2) a Back button that resolves BACK. */
  step?: WizardStep;
  placeHolder?: string;
  matchOnDescription?: boolean;
  matchOnDetail?: boolean;
  /**
   * The CLI's `name.group.account` for an item, searched as well as what is shown (VS Code
   * matches label and description separately, so `web1.default` would match nothing). A pick
   * given it filters its rows itself (pickFilter.ts), as a multi-select pick always does.
   */
  fullName?: (item: PickItem) => string;
}

export interface InputOptions {
  title?: string;
  /** A wizard step: the counter beside the title, and (from step 2) a Back button that resolves BACK. */
  step?: WizardStep;
  prompt?: string;
  placeHolder?: string;
  value?: string;
  password?: boolean;
  /** A problem to show under the box as the user types, or undefined when the value is fine. */
  validate?: (value: string) => string | undefined;
}

export type Severity = 'info' | 'warning' | 'error';

export interface AskOptions {
  severity?: 'info' | 'warning';
  /** Replaces the dialog's Cancel, where nothing is left to cancel ("Close"). */
  closeLabel?: string;
}

export interface UiPort {
  /** A notification; resolves with the button pressed, or undefined when dismissed. */
  notify(severity: Severity, message: string, ...buttons: string[]): Promise<string | undefined>;
  /** A modal question; resolves with the button pressed, or undefined for Cancel (or `closeLabel`). */
  ask(message: string, detail: string, buttons: readonly string[], opts?: AskOptions): Promise<string | undefined>;
  /** With a `step`, may resolve BACK (the Back button); without, never. */
  pick<T extends PickItem>(items: readonly T[], opts: PickOptions & { step: WizardStep }): Promise<T | Back | undefined>;
  pick<T extends PickItem>(items: readonly T[], opts: PickOptions): Promise<T | undefined>;
  /** A quick pick where several can be ticked; undefined when cancelled. */
  pickMany<T extends PickItem>(items: readonly T[], opts: PickOptions): Promise<T[] | undefined>;
  input(opts: InputOptions & { step: WizardStep }): Promise<string | Back | undefined>;
  input(opts: InputOptions): Promise<string | undefined>;
  /** Runs `task` under a cancellable progress notification; the signal aborts on Cancel. */
  progress<T>(title: string, task: (signal: AbortSignal, report: (message: string) => void) => Promise<T>): Promise<T>;
  /**
   * A notification for a condition that ends by itself (an outage being retried): it closes when
   * `until` settles, so it never outlives what it says. A person can hide it sooner.
   */
  notice(message: string, until: Promise<unknown>): void;
  copy(text: string): Promise<void>;
  /** A short word in the status bar, for outcomes that need no button (copied, done). */
  flash(message: string): void;
  openSettings(setting: string): Promise<void>;
  showLog(): void;
  /** The first open workspace folder's path, where a typed relative file path is read from; undefined with none open. */
  workspaceFolder?(): string | undefined;
}
