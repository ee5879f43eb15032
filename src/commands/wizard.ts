// A multi-step wizard as Azure's extensions run them: each step is one function that asks (with
// "(3/9)" beside the title and a Back button from the second step), and the runner walks forward,
// back, or to a step the summary names. Steps never import vscode, so wizards are unit-tested.
import { BACK, type Back, type InputOptions, type PickItem, type PickOptions, type UiPort, type WizardStep } from '../interaction/port';

/** `skip`: the step does not apply (no image, so no password): keep going the way we were. A number jumps to that step (1-based). */
export type StepResult = 'next' | 'back' | 'cancel' | 'skip' | number;
export type Step<S> = (state: S, at: WizardStep) => Promise<StepResult>;

export interface WizardOptions<S> {
  /**
   * Whether step `index` (0-based) already holds an answer that still fits the state. After a
   * line of the summary is changed, the steps that change left unanswered are asked (a new image
   * needs a root password), and the others are not: the wizard returns to the summary.
   */
  answered?(index: number, state: S): boolean;
  /** Start at this step (1-based) as if the last step had jumped there: a refusal reopens the step at fault. */
  from?: number;
}

/**
 * True when the user went through every step; false when they cancelled. A step that returns a
 * step number (the summary's lines) jumps there; once that step is answered (or Back is pressed
 * on it) the wizard returns to where it jumped from, asking on the way only the steps
 * `answered` says the change left open: what was typed elsewhere is kept, never walked again.
 */
export async function runWizard<S>(state: S, steps: readonly Step<S>[], o: WizardOptions<S> = {}): Promise<boolean> {
  let i = o.from !== undefined ? o.from - 1 : 0;
  let forward = true;
  let returnTo: number | undefined = o.from !== undefined && o.from < steps.length ? steps.length - 1 : undefined;
  while (i < steps.length) {
    if (i < 0) i = 0;
    const r = await steps[i]!(state, { index: i + 1, total: steps.length });
    if (r === 'cancel') return false;
    if (typeof r === 'number') {
      returnTo ??= i;
      forward = true;
      i = r - 1;
      continue;
    }
    if (returnTo !== undefined && r !== 'skip') {
      let next = r === 'back' ? returnTo : i + 1;
      while (next < returnTo && (o.answered?.(next, state) ?? true)) next++;
      if (next >= returnTo) {
        next = returnTo;
        returnTo = undefined;
      }
      forward = true;
      i = next;
      continue;
    }
    if (r !== 'skip') forward = r === 'next';
    // Back from the first step (it has no Back button, but a skipped step can lead there): stay.
    i = forward ? i + 1 : Math.max(0, i - 1);
    if (!forward && i === 0 && r === 'skip') forward = true;
  }
  return true;
}

/** What a prompt's answer means for the wizard. */
export function resultOf<T>(answer: T | Back | undefined, keep: (value: T) => void): StepResult {
  if (answer === BACK) return 'back';
  if (answer === undefined) return 'cancel';
  keep(answer);
  return 'next';
}

/** A pick that may be a wizard step (then BACK is a possible answer). */
export function stepPick<T extends PickItem>(ui: UiPort, items: readonly T[], opts: PickOptions): Promise<T | Back | undefined> {
  return opts.step ? ui.pick(items, { ...opts, step: opts.step }) : ui.pick(items, opts);
}

export function stepInput(ui: UiPort, opts: InputOptions): Promise<string | Back | undefined> {
  return opts.step ? ui.input({ ...opts, step: opts.step }) : ui.input(opts);
}
