// A scripted UiPort for handler tests: every prompt is recorded, and answered from a queue per
// kind (`ui.script('ask', 'Stop')`); an unscripted prompt is cancelled, like pressing Escape.
import { BACK, type AskOptions, type Back, type InputOptions, type PickItem, type PickOptions, type Severity, type UiPort, type WizardStep } from '../../src/interaction/port';

export type Call =
  | { kind: 'notify'; severity: Severity; message: string; buttons: string[] }
  | { kind: 'ask'; message: string; detail: string; buttons: readonly string[]; opts: AskOptions | undefined }
  | { kind: 'pick'; items: readonly PickItem[]; opts: PickOptions }
  | { kind: 'pickMany'; items: readonly PickItem[]; opts: PickOptions }
  | { kind: 'input'; opts: InputOptions }
  | { kind: 'progress'; title: string }
  | { kind: 'notice'; message: string; open: boolean }
  | { kind: 'copy'; text: string }
  | { kind: 'flash'; message: string }
  | { kind: 'openSettings'; setting: string }
  | { kind: 'showLog' };

type Kind = 'notify' | 'ask' | 'pick' | 'pickMany' | 'input';
/** A fixed answer, or a function of the prompt (for a pick: choose from its items). 'back' presses a wizard's Back button. */
type Answer = string | undefined | ((call: Call) => unknown);

export class FakeUi implements UiPort {
  readonly calls: Call[] = [];
  private readonly queues: Record<Kind, Answer[]> = { notify: [], ask: [], pick: [], pickMany: [], input: [] };
  /** Cancels the progress notification of the action running now (its Cancel button). */
  readonly progressControllers: AbortController[] = [];

  /** Queues answers for the next prompts of one kind, in order. */
  script(kind: Kind, ...answers: Answer[]): this {
    this.queues[kind].push(...answers);
    return this;
  }

  /** Answers the next pick with the item whose label is `label` (throws if there is none). */
  pickLabel(label: string): this {
    return this.script('pick', (call) => {
      const item = call.kind === 'pick' ? call.items.find((i) => i.label === label) : undefined;
      if (!item) throw new Error(`no item "${label}" in the pick`);
      return item;
    });
  }

  /** Answers the next multi-select pick with the items of these labels. */
  pickManyLabels(...labels: string[]): this {
    return this.script('pickMany', (call) => (call.kind === 'pickMany' ? call.items.filter((i) => labels.includes(i.label)) : undefined));
  }

  of<K extends Call['kind']>(kind: K): Extract<Call, { kind: K }>[] {
    return this.calls.filter((c): c is Extract<Call, { kind: K }> => c.kind === kind);
  }

  /** Every notification and status-bar line, as text, for "the user saw …" assertions. */
  get said(): string[] {
    return this.calls.flatMap((c) => (c.kind === 'notify' || c.kind === 'flash' ? [c.message] : c.kind === 'ask' ? [c.message] : []));
  }

  private answer<T>(kind: Kind, call: Call): T | undefined {
    this.calls.push(call);
    const next = this.queues[kind].shift();
    if (next === 'back' && (kind === 'pick' || kind === 'input')) {
      const step = 'opts' in call ? (call.opts as { step?: WizardStep }).step : undefined;
      // Like the real one: only a wizard prompt past its first step has a Back button.
      if (!step || step.index < 2) throw new Error(`no Back button on this ${kind} (${JSON.stringify(step)})`);
      return BACK as T;
    }
    return (typeof next === 'function' ? next(call) : next) as T | undefined;
  }

  async notify(severity: Severity, message: string, ...buttons: string[]): Promise<string | undefined> {
    return this.answer('notify', { kind: 'notify', severity, message, buttons });
  }

  async ask(message: string, detail: string, buttons: readonly string[], opts?: AskOptions): Promise<string | undefined> {
    return this.answer('ask', { kind: 'ask', message, detail, buttons, opts });
  }

  pick<T extends PickItem>(items: readonly T[], opts: PickOptions & { step: WizardStep }): Promise<T | Back | undefined>;
  pick<T extends PickItem>(items: readonly T[], opts: PickOptions): Promise<T | undefined>;
  async pick<T extends PickItem>(items: readonly T[], opts: PickOptions): Promise<T | Back | undefined> {
    return this.answer<T>('pick', { kind: 'pick', items, opts });
  }

  async pickMany<T extends PickItem>(items: readonly T[], opts: PickOptions): Promise<T[] | undefined> {
    return this.answer<T[]>('pickMany', { kind: 'pickMany', items, opts });
  }

  input(opts: InputOptions & { step: WizardStep }): Promise<string | Back | undefined>;
  input(opts: InputOptions): Promise<string | undefined>;
  async input(opts: InputOptions): Promise<string | Back | undefined> {
    const value = this.answer<string | Back>('input', { kind: 'input', opts });
    if (value === BACK) return BACK;
    // A real input box cannot be accepted while its validation complains.
    if (value !== undefined && opts.validate?.(value) !== undefined) throw new Error(`input "${value}" was refused: ${opts.validate(value)}`);
    return value;
  }

  async progress<T>(title: string, task: (signal: AbortSignal, report: (message: string) => void) => Promise<T>): Promise<T> {
    this.calls.push({ kind: 'progress', title });
    const ac = new AbortController();
    this.progressControllers.push(ac);
    return task(ac.signal, () => undefined);
  }

  notice(message: string, until: Promise<unknown>): void {
    const call = { kind: 'notice' as const, message, open: true };
    this.calls.push(call);
    void until.finally(() => (call.open = false));
  }

  async copy(text: string): Promise<void> {
    this.calls.push({ kind: 'copy', text });
  }

  flash(message: string): void {
    this.calls.push({ kind: 'flash', message });
  }

  async openSettings(setting: string): Promise<void> {
    this.calls.push({ kind: 'openSettings', setting });
  }

  showLog(): void {
    this.calls.push({ kind: 'showLog' });
  }
}
