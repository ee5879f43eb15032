// The one way a write is made, whatever it is made to (a server, a disc, a backup, an address, a
// group, an SSH key, a server being created): its row marked pending, one progress notification
// (cancellable), at most four calls in flight (an expired session is renewed under them, in the
// client), a lost answer read back rather than assumed failed, a newer job on the same row
// superseding an older one's wait, and every outcome said once (a summary with Retry Failed).
// No vscode import: the feedback comes in as `ui`.
import * as l10n from '@vscode/l10n';
import { CancelledError, UnauthorizedError, type BrainClient, type ServerRef } from '../api';
import type { UndoStep } from '../model/undoSteps';
import { mapLimited } from './pool';
import type { SessionAccess } from './sessionAccess';
import { mayHaveLanded } from './uncertain';

/** What a job does to each of its targets, and how its row shows it. */
export interface Job<T> {
  /** The row a target is: a newer job with the same key supersedes this one's pending state and wait. */
  key(t: T): string;
  /** "Stopping web1.default.demo": the progress title and the log line. */
  title(t: T): string;
  /** "Stopping 3 servers": the title of the job on several targets (else the first's title and how many more). */
  titleMany?(count: number): string;
  /** Completes "Could not …" in a failure ("resize disc data of web1.default.demo"); without it, "<title> failed". */
  what?(t: T): string;
  /** The short outcome shown when it worked; undefined when the command says it itself. */
  done(t: T): string | undefined;
  call(brain: BrainClient, t: T, signal: AbortSignal): Promise<unknown>;
  /** Say the outcome in a notification rather than the status bar: rare, consequential actions. */
  announce?: boolean;
  /** Marks the target's row as changing. */
  begin?(t: T): void;
  /** Clears the mark (called only while this job is the row's newest). */
  end?(t: T): void;
  /** After the call worked: read the result back and wait for it; ends the mark itself (`current` says whether it still may). */
  settle?(t: T, current: () => boolean): Promise<void>;
  /** After a failure: show what really happened (the request may have reached the brain). */
  refresh?(t: T): Promise<unknown>;
  /** After a lost answer: whether the target, read back, shows the change made. Without it the outcome is unknown. */
  confirm?(t: T): Promise<boolean>;
  /** A failure in the words of this job (a 403 as the privilege it needed). */
  explain?(err: unknown, t: T): unknown;
  /** The server the target is or belongs to, for the Activity log (its filter, its undo). */
  server?(t: T): JobServer | undefined;
  /** How to undo it, as data, asked once it has worked; undefined: it cannot be. */
  undo?(t: T): UndoStep | undefined;
}

/** A server by its id and its address in the API. */
export interface JobServer {
  id: number;
  ref: ServerRef;
}

/** One target's outcome as the Activity log takes it (the wiring adds the profile and the server after). */
export interface JobRecord {
  startedAt: number;
  ms: number;
  /** `CommandContext.actor`: undefined for the person. */
  actor: string | undefined;
  target: string;
  action: string;
  outcome: JobOutcome<unknown>['result'];
  error?: unknown;
  server?: JobServer;
  undo?: UndoStep;
}

/** `unknown`: the answer was lost and reading back could not tell; never retried blindly. */
export type JobOutcome<T> = { target: T; result: 'ok' | 'cancelled' } | { target: T; result: 'failed' | 'unknown'; error: unknown };

export interface Named {
  /** How a summary line names the target ("web1.default.demo", "disc data of web1…"). */
  name: string;
}

export interface RunnerFeedback {
  progress<R>(title: string, task: (signal: AbortSignal, report: (message: string) => void) => Promise<R>): Promise<R>;
  /** One target's call failed: say so (with Show Log, and Retry that runs `retry`). */
  failed(title: string, error: unknown, retry: () => void, what?: string): void;
  /** One target's answer was lost and reading it back could not tell whether it was done. */
  uncertain(title: string, error: unknown): void;
  /** The visible end of a successful action, even when the view is hidden. */
  succeeded(message: string, announce: boolean): void;
  /** Several targets: one line per failure or unconfirmed one, and Retry Failed for the failures only. */
  summary(title: string, outcomes: readonly JobOutcome<Named>[], retryFailed: () => void): void;
}

export interface RunnerDeps {
  session: SessionAccess;
  ui: RunnerFeedback;
  log: { info(message: string): void };
  concurrency?: number;
  /** Each target's outcome, once known: the Activity log (one place for every write). */
  record?(r: JobRecord): void;
}

const CONCURRENCY = 4;

/** Several targets are named by how many, never as if the first were all of them. */
function manyTitle<T>(job: Job<T>, targets: readonly T[]): string {
  return job.titleMany?.(targets.length) ?? l10n.t('{0} and {1} more', job.title(targets[0]!), targets.length - 1);
}

export class Runner {
  private seq = 0;
  /** The newest job per row key: an older one must not touch its pending state or wait. */
  private readonly latest = new Map<string, number>();

  constructor(private readonly deps: RunnerDeps) {}

  /** Resolves with one outcome per target, in the order given. `name` names a target in a summary; `actor` is who acts (CommandContext.actor). */
  async run<T>(targets: readonly T[], job: Job<T>, name: (t: T) => string, actor?: string): Promise<JobOutcome<T>[]> {
    if (targets.length === 0) return [];
    const brain = await this.deps.session.requireBrain();
    if (!brain) return targets.map((target) => ({ target, result: 'cancelled' as const }));
    const single = targets.length === 1;
    const title = single ? job.title(targets[0]!) : manyTitle(job, targets);
    const outcomes = await this.deps.ui.progress(title, (signal, report) => {
      let finished = 0;
      return mapLimited(targets, this.deps.concurrency ?? CONCURRENCY, async (target) => {
        const startedAt = Date.now();
        const outcome = await this.runOne(target, job, signal);
        this.record(job, name, actor, outcome, startedAt);
        finished++;
        if (!single) report(`${finished} / ${targets.length}`);
        return outcome;
      });
    });
    this.tell(targets, job, name, outcomes, actor);
    return outcomes;
  }

  private record<T>(job: Job<T>, name: (t: T) => string, actor: string | undefined, o: JobOutcome<T>, startedAt: number): void {
    if (!this.deps.record) return;
    const t = o.target;
    const server = job.server?.(t);
    const undo = o.result === 'ok' ? job.undo?.(t) : undefined;
    this.deps.record({
      startedAt, ms: Date.now() - startedAt, actor, target: name(t), action: job.title(t), outcome: o.result,
      ...('error' in o ? { error: o.error } : {}), ...(server ? { server } : {}), ...(undo ? { undo } : {}),
    });
  }

  private tell<T>(targets: readonly T[], job: Job<T>, name: (t: T) => string, outcomes: JobOutcome<T>[], actor: string | undefined): void {
    const failed = outcomes.filter((o) => o.result === 'failed');
    const retry = (): void => void this.run(failed.map((o) => o.target), job, name, actor);
    if (targets.length > 1) {
      this.deps.ui.summary(manyTitle(job, targets), outcomes.map((o) => ({ ...o, target: { name: name(o.target) } })), retry);
      return;
    }
    const only = outcomes[0]!;
    const done = job.done(only.target);
    if (only.result === 'ok' && done !== undefined) this.deps.ui.succeeded(done, job.announce ?? false);
    else if (only.result === 'failed') this.deps.ui.failed(job.title(only.target), only.error, retry, job.what?.(only.target));
    else if (only.result === 'unknown') this.deps.ui.uncertain(job.title(only.target), only.error);
  }

  private async runOne<T>(target: T, job: Job<T>, signal: AbortSignal): Promise<JobOutcome<T>> {
    const key = job.key(target);
    const mine = ++this.seq;
    this.latest.set(key, mine);
    const current = (): boolean => this.latest.get(key) === mine;
    const end = (): void => void (current() && job.end?.(target));
    job.begin?.(target);
    const title = job.title(target);
    this.deps.log.info(`${title}…`);
    const brain = this.deps.session.brain;
    const epoch = this.deps.session.epoch.current;
    try {
      if (signal.aborted) throw new CancelledError();
      if (!brain) throw new UnauthorizedError(undefined, undefined, true);
      await job.call(brain, target, signal);
      this.deps.log.info(`${title}: done.`);
      await this.settle(target, job, current);
      return { target, result: 'ok' };
    } catch (err) {
      if (err instanceof UnauthorizedError) {
        // The client has already tried a silent renewal (TransportOptions.renew): this 401 stands.
        // The session tells the user it expired, once; the runner adds no message of its own.
        void this.deps.session.handleUnauthorized(epoch);
        end();
        return { target, result: 'cancelled' };
      }
      if (mayHaveLanded(err)) return this.readBack(target, job, current, err);
      end();
      // The request may have reached the brain before a cancel or failure: show what really happened.
      void job.refresh?.(target);
      if (err instanceof CancelledError) {
        this.deps.log.info(`${title}: cancelled.`);
        return { target, result: 'cancelled' };
      }
      return { target, result: 'failed', error: job.explain ? job.explain(err, target) : err };
    }
  }

  /** The answer was lost: the target as it is now says whether the write was carried out. */
  private async readBack<T>(target: T, job: Job<T>, current: () => boolean, err: unknown): Promise<JobOutcome<T>> {
    const title = job.title(target);
    const done = (await job.confirm?.(target).catch(() => false)) ?? false;
    if (!done) {
      if (current()) job.end?.(target);
      this.deps.log.info(`${title}: no answer, and reading it back does not show it done; not sent again.`);
      return { target, result: 'unknown', error: err };
    }
    this.deps.log.info(`${title}: no answer, but reading it back shows it done.`);
    await this.settle(target, job, current);
    return { target, result: 'ok' };
  }

  private async settle<T>(target: T, job: Job<T>, current: () => boolean): Promise<void> {
    if (job.settle) await job.settle(target, current);
    else if (current()) job.end?.(target);
  }
}
