// Polls only the servers that are changing, only while someone can see them (or while an action
// awaits one of them). A timer exists only while there is something to poll; each tick reads
// just those servers. The one polling loop: actions that must wait in line (reimage powering
// off first) use `wait`. No vscode import and an injectable clock, so it is tested with one.
import { CancelledError } from '../api';
import { FlowError } from '../model/flowErrors';
import { systemClock, type Clock } from './clock';
import { mapLimited } from './pool';

export { systemClock, type Clock } from './clock';


/** What one poll of one id found: the fresh value, or `gone` when it no longer exists. */
export type PollResult<V> = { value: V } | 'gone';
/** A read's result, or why it failed (the id stays in the set). */
export type PollOutcome<V> = PollResult<V> | { error: unknown };

export interface PollerOptions<V> {
  /** Reads one id. A thrown error keeps the id in the set (the next tick tries again). */
  fetch(id: number): Promise<PollResult<V>>;
  /** Settled by default when this holds (used when an id was added without its own condition). */
  defaultSettled(value: V): boolean;
  /**
   * Reads many ids at once (one request per account, say), bounding its own requests; an id left
   * out of the answer is tried again next tick. `wanted` says whether an id is still in the set.
   * Used instead of `fetch` when given.
   */
  fetchMany?(ids: number[], wanted: (id: number) => boolean): Promise<Map<number, PollOutcome<V>>>;
  /** Called for every read value, settled or not, so the caller can update its picture. */
  onValue?(id: number, value: V): void;
  /** Called once an id leaves the set, however it left. */
  onLeave?(id: number, reason: LeaveReason): void;
  /** Called when a tick's read fails. */
  onError?(id: number, err: unknown): void;
  intervalMs(): number;
  /** Reads in flight at once (default 4, the runner's limit): a bulk action's hundred changing servers are not a hundred requests at once. */
  concurrency?: number;
  /** Give up on an id after this long (default 10 minutes). */
  maxMs?: number;
  clock?: Clock;
}

export type LeaveReason = 'settled' | 'gone' | 'timeout' | 'removed';

interface Waiter<V> {
  resolve(value: V): void;
  reject(err: unknown): void;
}

interface Entry<V> {
  since: number;
  settledWhen: ((value: V) => boolean) | undefined;
  waiters: Waiter<V>[];
  last?: V;
}

export class Poller<V> {
  private readonly entries = new Map<number, Entry<V>>();
  private timer: unknown;
  private visible = false;
  private ticking = false;
  private disposed = false;
  private readonly clock: Clock;

  constructor(private readonly opts: PollerOptions<V>) {
    this.clock = opts.clock ?? systemClock;
  }

  get size(): number {
    return this.entries.size;
  }

  get ids(): number[] {
    return [...this.entries.keys()];
  }

  has(id: number): boolean {
    return this.entries.has(id);
  }

  /** True while a tick is scheduled; false whenever nothing is changing or nobody is looking. */
  get timerRunning(): boolean {
    return this.timer !== undefined;
  }

  /** Watches `id` until `settledWhen` holds; replaces (and so supersedes) any earlier watch. */
  add(id: number, settledWhen?: (value: V) => boolean): void {
    if (this.disposed) return;
    this.leave(id, 'removed');
    this.entries.set(id, { since: this.clock.now(), settledWhen, waiters: [] });
    this.schedule();
  }

  /**
   * Watches `id` and resolves with the first value for which `settledWhen` holds, polling even
   * while the view is hidden. Rejects with FlowError('wait-timeout') at the limit, and with
   * CancelledError when cancelled or superseded by a newer watch of the same id.
   */
  wait(id: number, settledWhen: (value: V) => boolean, signal?: AbortSignal): Promise<V> {
    if (signal?.aborted || this.disposed) return Promise.reject(new CancelledError());
    this.add(id, settledWhen);
    const entry = this.entries.get(id)!;
    return new Promise<V>((resolve, reject) => {
      const onAbort = (): void => {
        if (this.entries.get(id) === entry) this.delete(id);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = (): void => signal?.removeEventListener('abort', onAbort);
      entry.waiters.push({ resolve: (v) => (done(), resolve(v)), reject: (e) => (done(), reject(e)) });
      this.schedule();
    });
  }

  delete(id: number): void {
    if (this.leave(id, 'removed')) this.schedule();
  }

  clear(): void {
    for (const id of [...this.entries.keys()]) this.delete(id);
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.schedule();
  }

  dispose(): void {
    this.disposed = true;
    for (const id of [...this.entries.keys()]) this.leave(id, 'removed');
    this.stopTimer();
  }

  /** Runs one poll now (also what the timer calls). Resolves when every read has been handled. */
  async tick(): Promise<void> {
    if (this.ticking || this.disposed) return;
    this.ticking = true;
    this.stopTimer();
    try {
      const now = this.clock.now();
      const limit = this.opts.maxMs ?? 10 * 60_000;
      const due: Array<[number, Entry<V>]> = [];
      for (const [id, entry] of this.entries) {
        if (now - entry.since >= limit) this.leave(id, 'timeout');
        else due.push([id, entry]);
      }
      // Left (or re-added) while it waited its turn: nothing to read, nothing to settle.
      const current = (id: number, entry: Entry<V>) => this.entries.get(id) === entry;
      if (this.opts.fetchMany) {
        const entries = new Map(due);
        const results = await this.opts.fetchMany([...entries.keys()], (id) => current(id, entries.get(id)!));
        for (const [id, outcome] of results) {
          const entry = entries.get(id);
          if (entry) this.handle(id, entry, outcome);
        }
        return;
      }
      await mapLimited(due, this.opts.concurrency ?? 4, async ([id, entry]) => {
        if (!current(id, entry)) return;
        this.handle(id, entry, await Promise.resolve().then(() => this.opts.fetch(id)).catch((error: unknown) => ({ error })));
      });
    } finally {
      this.ticking = false;
      this.schedule();
    }
  }

  private handle(id: number, entry: Entry<V>, outcome: PollOutcome<V>): void {
    if (typeof outcome === 'object' && 'error' in outcome) return void this.opts.onError?.(id, outcome.error);
    // The id may have been removed (or re-added with a new condition) while we waited.
    if (this.entries.get(id) !== entry) return;
    if (outcome === 'gone') return void this.leave(id, 'gone');
    entry.last = outcome.value;
    this.opts.onValue?.(id, outcome.value);
    const settled = entry.settledWhen ?? this.opts.defaultSettled;
    if (settled(outcome.value)) this.leave(id, 'settled');
  }

  private leave(id: number, reason: LeaveReason): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    this.entries.delete(id);
    this.opts.onLeave?.(id, reason);
    for (const w of entry.waiters) {
      if (reason === 'settled') w.resolve(entry.last as V);
      else if (reason === 'timeout') w.reject(new FlowError('wait-timeout', `The server did not settle within ${Math.round((this.opts.maxMs ?? 600_000) / 60_000)} minutes. Refresh later to see whether it got there.`));
      else if (reason === 'gone') w.reject(new FlowError('gone', 'The server no longer exists, or is no longer visible to you.'));
      else w.reject(new CancelledError());
    }
    return true;
  }

  private schedule(): void {
    const awaited = [...this.entries.values()].some((e) => e.waiters.length > 0);
    const wanted = !this.disposed && (this.visible || awaited) && this.entries.size > 0;
    if (!wanted) {
      this.stopTimer();
      return;
    }
    if (this.timer !== undefined || this.ticking) return;
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      void this.tick();
    }, Math.max(250, this.opts.intervalMs()));
  }

  private stopTimer(): void {
    if (this.timer !== undefined) {
      this.clock.clearTimeout(this.timer);
      this.timer = undefined;
    }
  }
}
