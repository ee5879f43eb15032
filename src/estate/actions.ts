// Runs an action on one server or many: marks each pending in the tree, makes the call under
// one progress notification, retries once after a silent session renewal, reports every
// outcome, then watches each server until the state model says it has settled. A newer action
// on a server supersedes an older one's wait. No vscode import: the feedback comes in as `ui`.
import { CancelledError, UnauthorizedError, type BrainClient, type VirtualMachine } from '../api';
import { PENDING, SETTLED_WHEN, type ServerAction } from '../model/serverState';
import type { ServerTarget } from '../model/target';
import type { Estate } from './estate';
import type { ServerReader } from './reader';
import type { Poller } from './poller';
import type { SessionAccess } from './sessionAccess';
import { mayHaveLanded, seenDone } from './uncertain';

export interface ActionSpec {
  /** Decides the pending state shown meanwhile and the condition waited for afterwards. */
  action: ServerAction;
  /** "Stopping web1.default.demo": the progress title and the log line. */
  title(target: ServerTarget): string;
  /** The short outcome shown when it worked ("Stopped web1.default.demo"); undefined when the command says it itself. */
  done(target: ServerTarget): string | undefined;
  call(brain: BrainClient, target: ServerTarget, signal: AbortSignal): Promise<unknown>;
  /** The server is gone for good afterwards (purge): drop it instead of re-reading it. */
  removed?: boolean;
  /** Say the outcome in a notification rather than the status bar: rare, consequential actions. */
  announce?: boolean;
  /** Whether a server read back after a lost answer shows this change made (e.g. the new name); see `seenDone`. */
  seenDone?(vm: VirtualMachine, target: ServerTarget): boolean;
}

/** `unknown`: the answer was lost and reading the server back could not tell; never retried blindly. */
export type Outcome = { target: ServerTarget; result: 'ok' | 'cancelled' } | { target: ServerTarget; result: 'failed' | 'unknown'; error: unknown };

export interface ActionFeedback {
  progress<T>(title: string, task: (signal: AbortSignal, report: (message: string) => void) => Promise<T>): Promise<T>;
  /** One server's call failed: say so (with Show Log, and Retry that runs `retry`). */
  failed(title: string, error: unknown, retry: () => void): void;
  /** The visible end of a successful action, even when the view is hidden. */
  succeeded(message: string, announce: boolean): void;
  /** One server's answer was lost and reading it back could not tell whether it was done. */
  uncertain(title: string, error: unknown): void;
  /** Several servers: one line per failure or unconfirmed one, and Retry Failed for the failures only. */
  summary(title: string, outcomes: readonly Outcome[], retryFailed: () => void): void;
}

export interface ActionLog {
  info(message: string): void;
}

const CONCURRENCY = 4;

export class ActionRunner {
  private seq = 0;
  /** The newest action per server: an older one must not touch its pending state or wait. */
  private readonly latest = new Map<number, number>();

  constructor(
    private readonly deps: {
      session: SessionAccess;
      estate: Estate;
      poller: Poller<VirtualMachine>;
      reader: ServerReader;
      ui: ActionFeedback;
      log: ActionLog;
      concurrency?: number;
    },
  ) {}

  /** Resolves with one outcome per target, in the order given. */
  async run(targets: readonly ServerTarget[], spec: ActionSpec): Promise<Outcome[]> {
    if (targets.length === 0) return [];
    const brain = await this.deps.session.requireBrain();
    if (!brain) return targets.map((target) => ({ target, result: 'cancelled' as const }));
    const single = targets.length === 1;
    const title = single ? spec.title(targets[0]!) : `${spec.title(targets[0]!)} (+${targets.length - 1})`;
    const outcomes = await this.deps.ui.progress(title, async (signal, report) => {
      const results: Outcome[] = new Array(targets.length);
      let next = 0;
      let finished = 0;
      const worker = async (): Promise<void> => {
        while (next < targets.length) {
          const i = next++;
          results[i] = await this.runOne(targets[i]!, spec, signal);
          finished++;
          if (!single) report(`${finished} / ${targets.length}`);
        }
      };
      await Promise.all(Array.from({ length: Math.min(this.deps.concurrency ?? CONCURRENCY, targets.length) }, worker));
      return results;
    });
    this.tell(targets, spec, outcomes);
    return outcomes;
  }

  private tell(targets: readonly ServerTarget[], spec: ActionSpec, outcomes: Outcome[]): void {
    const failed = outcomes.filter((o) => o.result === 'failed');
    const retry = (): void => void this.run(failed.map((o) => o.target), spec);
    if (targets.length > 1) {
      this.deps.ui.summary(spec.title(targets[0]!), outcomes, retry);
      return;
    }
    const only = outcomes[0]!;
    const done = spec.done(only.target);
    if (only.result === 'ok' && done !== undefined) this.deps.ui.succeeded(done, spec.announce ?? false);
    else if (only.result === 'failed') this.deps.ui.failed(spec.title(only.target), only.error, retry);
    else if (only.result === 'unknown') this.deps.ui.uncertain(spec.title(only.target), only.error);
  }

  private async runOne(target: ServerTarget, spec: ActionSpec, signal: AbortSignal): Promise<Outcome> {
    const id = target.vm.id;
    const mine = ++this.seq;
    this.latest.set(id, mine);
    const pending = PENDING[spec.action];
    this.deps.poller.delete(id);
    if (pending) this.deps.estate.setPending(id, pending);
    const title = spec.title(target);
    this.deps.log.info(`${title}…`);
    for (let attempt = 0; ; attempt++) {
      const brain = this.deps.session.brain;
      const epoch = this.deps.session.epoch.current;
      try {
        if (signal.aborted) throw new CancelledError();
        if (!brain) throw new UnauthorizedError(undefined, undefined, true);
        await spec.call(brain, target, signal);
        this.deps.log.info(`${title}: done.`);
        await this.settle(target, spec, mine);
        return { target, result: 'ok' };
      } catch (err) {
        if (err instanceof UnauthorizedError) {
          if (attempt === 0 && (await this.deps.session.handleUnauthorized(epoch)) === 'renewed') continue;
          // The session tells the user it expired; one message is enough.
          if (this.latest.get(id) === mine) this.deps.estate.setPending(id, undefined);
          return { target, result: 'cancelled' };
        }
        if (mayHaveLanded(err)) return this.readBack(target, spec, mine, err);
        if (this.latest.get(id) === mine) this.deps.estate.setPending(id, undefined);
        // The request may have reached the brain before a cancel or failure: show what really happened.
        void this.deps.reader.refresh(target);
        if (err instanceof CancelledError) {
          this.deps.log.info(`${title}: cancelled.`);
          return { target, result: 'cancelled' };
        }
        return { target, result: 'failed', error: err };
      }
    }
  }

  /** The answer was lost: the server as it is now says whether the write was carried out. */
  private async readBack(target: ServerTarget, spec: ActionSpec, mine: number, err: unknown): Promise<Outcome> {
    const title = spec.title(target);
    const vm = await this.deps.reader.refresh(target);
    const done = vm !== undefined && (spec.seenDone ? spec.seenDone(vm, target) : seenDone(spec.action, target.vm, vm) === true);
    if (!done) {
      if (this.latest.get(target.vm.id) === mine) this.deps.estate.setPending(target.vm.id, undefined);
      this.deps.log.info(`${title}: no answer, and reading the server back does not show it done; not sent again.`);
      return { target, result: 'unknown', error: err };
    }
    this.deps.log.info(`${title}: no answer, but reading the server back shows it done.`);
    await this.settle(target, spec, mine);
    return { target, result: 'ok' };
  }

  private async settle(target: ServerTarget, spec: ActionSpec, mine: number): Promise<void> {
    const id = target.vm.id;
    if (spec.removed) {
      this.deps.estate.removeServer(id);
      return;
    }
    const vm = await this.deps.reader.refresh(target);
    if (this.latest.get(id) !== mine) return;
    const settledWhen = SETTLED_WHEN[spec.action];
    if (!vm || !settledWhen || settledWhen(vm)) this.deps.estate.setPending(id, undefined);
    else this.deps.poller.add(id, settledWhen);
  }
}
