// A command handler run by a tool: the profile's CommandContext copied with `actor` ("agent:
// <tool>") and a UiPort that answers the handler's prompts from the tool's validated input (a
// pick by a test on its items, an input by value and checked by the prompt's own validation, a
// question by a test on its buttons). A prompt the input does not answer fails the tool with a
// clear message: it never waits for a person who is not being asked. Progress still shows in the
// window, so the person sees what the agent does.
import type { CommandContext } from '../commands/context';
import type { JobOutcome } from '../estate/runner';
import type { InputOptions, PickItem, PickOptions, UiPort } from '../interaction/port';
import { reasonText } from '../interaction/reportError';
import { ToolError } from './types';

export type PickAnswer = (item: PickItem & Record<string, unknown>) => boolean;
export type AskAnswer = (buttons: readonly string[], message: string) => string | undefined;

/** The answers to a handler's prompts, each kind in the order the handler asks. */
export interface Answers {
  picks?: PickAnswer[];
  inputs?: string[];
  asks?: AskAnswer[];
}

/** What the handler said and what its writes came to, for the tool's answer. */
export interface Transcript {
  said: string[];
  outcomes: { name: string; result: string; error?: string }[];
}

const unanswered = (what: string): ToolError =>
  new ToolError(`The command asked "${what}", which this tool's input does not answer; nothing more was done. The person can run the command from the BigV view instead.`);

export function answeringUi(real: UiPort, answers: Answers, said: string[]): UiPort {
  const picks = [...(answers.picks ?? [])];
  const inputs = [...(answers.inputs ?? [])];
  const asks = [...(answers.asks ?? [])];
  const pick = async <T extends PickItem>(items: readonly T[], opts: PickOptions): Promise<T | undefined> => {
    const test = picks.shift();
    if (!test) throw unanswered(opts.placeHolder ?? opts.title ?? 'a choice');
    const hit = items.find((i) => test(i as T & Record<string, unknown>));
    if (!hit) throw new ToolError(`None of the choices fits (${opts.placeHolder ?? opts.title ?? 'a choice'}): ${items.slice(0, 20).map((i) => i.label.replace(/^\$\([\w-]+\)\s*/, '')).join(', ')}.`);
    return hit;
  };
  const input = async (opts: InputOptions): Promise<string | undefined> => {
    const value = inputs.shift();
    const what = opts.prompt ?? opts.title ?? 'a value';
    if (value === undefined) throw unanswered(what);
    const problem = opts.validate?.(value);
    if (problem) throw new ToolError(`${what}: "${value}" is refused: ${problem}`);
    return value;
  };
  return {
    notify: async (_severity, message) => void said.push(message),
    ask: async (message, _detail, buttons) => {
      const answer = asks.shift()?.(buttons, message);
      if (answer === undefined) throw unanswered(message);
      return answer;
    },
    pick: pick as UiPort['pick'],
    pickMany: async (_items, opts) => {
      throw unanswered(opts.placeHolder ?? opts.title ?? 'a choice of several');
    },
    input: input as UiPort['input'],
    progress: (title, task) => real.progress(title, task),
    notice: (message, until) => real.notice(message, until),
    copy: async () => {
      throw unanswered('copy to the clipboard');
    },
    flash: (message) => void said.push(message),
    openSettings: async () => undefined,
    showLog: () => undefined,
  };
}

function record<T>(t: Transcript, name: (x: T) => string, outcomes: JobOutcome<T>[]): JobOutcome<T>[] {
  for (const o of outcomes) t.outcomes.push({ name: name(o.target), result: o.result, ...('error' in o ? { error: reasonText(o.error) } : {}) });
  return outcomes;
}

/** The profile's context as the tool's handler gets it: who acts, the answering UI, and its writes recorded. */
export function toolContext(base: CommandContext, tool: string, ui: UiPort, t: Transcript): CommandContext {
  const ctx: CommandContext = {
    ...base,
    actor: `agent: ${tool}`,
    ui,
    // Called with `this` the copy, so the runner sees the actor however the profile built `run`.
    run: async (targets, spec) => record(t, (x) => x.fullName, await base.run.bind(ctx)(targets, spec)),
    act: async (targets, job, name) => record(t, name, await base.act.bind(ctx)(targets, job, name)),
    resolveServer: (arg, opts) => base.resolveServer.bind(ctx)(arg, opts),
    resolveServers: (arg, selection, opts) => base.resolveServers.bind(ctx)(arg, selection, opts),
  };
  return ctx;
}

/** The tool's answer once the handler has returned: what happened, or why nothing did. */
export function answerOf(t: Transcript, nothing: string): string {
  if (t.outcomes.length === 0) {
    if (t.said.length > 0) throw new ToolError(`Refused: ${t.said.join(' ')}`);
    return nothing;
  }
  const lines = t.outcomes.map((o) => `${o.name}: ${o.result === 'ok' ? 'done' : o.result}${o.error ? ` (${o.error})` : ''}`);
  const failed = t.outcomes.filter((o) => o.result !== 'ok').length;
  if (failed === t.outcomes.length) throw new ToolError(['Failed; nothing was changed.', ...lines].join('\n'));
  const head = failed === 0 ? `Done (${t.outcomes.length}).` : `${failed} of ${t.outcomes.length} did not succeed.`;
  return [head, ...lines, ...t.said].join('\n');
}
