// Loads the whole estate (one overview GET) and keeps it in step with the session: loads in
// flight are shared when they would give the same answer, a 401 renews or expires the session
// once, and servers the brain reports mid-change are handed to the poller. No vscode import.
import * as l10n from '@vscode/l10n';
import { UnauthorizedError, type Account, type VirtualMachine } from '../api';
import { errorReason, failureMessage } from '../model/failureText';
import { isTransitional } from '../model/serverState';
import type { Estate } from './estate';
import { loadEstate } from './fetchers';
import { systemClock, type Clock, type Poller } from './poller';
import type { SessionAccess } from './sessionAccess';

export interface LoaderSession extends SessionAccess {
  readonly signedIn: boolean;
  /** Why the endpoint settings cannot be used, when they cannot. */
  readonly endpointError: unknown;
}

/** The tree shows what was last loaded, but the API is not answering: since when, and why. */
export interface Staleness {
  since: number;
  /** Why (the API's failure); undefined while showing the last-known tree from storage at start-up. */
  error: unknown;
}

/** Retries of an unreachable API, while someone is looking: 5 s, 10 s, 20 s, 40 s, then every minute. */
const BACKOFF_MS = [5_000, 10_000, 20_000, 40_000, 60_000];

export interface LoaderDeps {
  session: LoaderSession;
  estate: Estate;
  poller: Poller<VirtualMachine>;
  log: { error(message: string): void };
  /** Shows the view's progress bar while `task` runs. */
  inView<T>(task: () => Promise<T>): Promise<T>;
  includeDeleted: boolean;
  /** The tree went stale (with why), or is fresh again (undefined). */
  onStale?(stale: Staleness | undefined): void;
  /** A full load succeeded (to keep the last-known tree for the next start). */
  onLoaded?(): void;
  clock?: Clock;
  backoffMs?: readonly number[];
}

export class EstateLoader {
  private loading: Promise<void> | undefined;
  private loadingKey = '';
  private includeDeletedValue: boolean;
  private staleValue: Staleness | undefined;
  private lastGoodAt = 0;
  private visible = true;
  private retries = 0;
  private retryTimer: unknown;
  private readonly clock: Clock;

  constructor(private readonly deps: LoaderDeps) {
    this.includeDeletedValue = deps.includeDeleted;
    this.clock = deps.clock ?? systemClock;
  }

  get stale(): Staleness | undefined {
    return this.staleValue;
  }

  /** Retries run only while the view is visible; showing it again retries soon. */
  setVisible(visible: boolean): void {
    this.visible = visible;
    if (!visible) this.stopRetry();
    else if (this.staleValue) this.scheduleRetry();
  }

  /**
   * The API stopped answering (a load or a poll failed for want of it). With a tree loaded, keep
   * it, stop watching what can no longer be known, say so once, and retry with backoff.
   */
  outage(error: unknown): void {
    if (this.deps.estate.status !== 'loaded') return;
    // A tree shown from storage at start-up turns into an outage with the first failure.
    if (!this.staleValue || this.staleValue.error === undefined) {
      this.staleValue = { since: this.staleValue?.since ?? this.lastGoodAt, error };
      this.deps.poller.clear();
      this.deps.onStale?.(this.staleValue);
    } else {
      this.staleValue.error = error;
    }
    this.scheduleRetry();
  }

  /** At start-up: the last-known tree from storage, shown stale until the first load answers. */
  showCached(accounts: readonly Account[], savedAt: number): void {
    if (this.deps.estate.status === 'loaded') return;
    this.deps.estate.replace(accounts, this.includeDeletedValue);
    this.lastGoodAt = savedAt;
    this.staleValue = { since: savedAt, error: undefined };
    this.deps.onStale?.(this.staleValue);
  }

  dispose(): void {
    this.stopRetry();
  }

  private scheduleRetry(): void {
    if (!this.visible || this.retryTimer !== undefined) return;
    const delays = this.deps.backoffMs ?? BACKOFF_MS;
    const delay = delays[Math.min(this.retries, delays.length - 1)]!;
    this.retries++;
    this.retryTimer = this.clock.setTimeout(() => {
      this.retryTimer = undefined;
      void this.refreshAll();
    }, delay);
  }

  private stopRetry(): void {
    if (this.retryTimer !== undefined) this.clock.clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  private fresh(): void {
    this.lastGoodAt = this.clock.now();
    this.retries = 0;
    this.stopRetry();
    if (this.staleValue) {
      this.staleValue = undefined;
      this.deps.onStale?.(undefined);
    }
  }

  get includeDeleted(): boolean {
    return this.includeDeletedValue;
  }

  /** Changes whether deleted servers are listed, and reloads if that changed anything. */
  async setIncludeDeleted(include: boolean): Promise<void> {
    if (include === this.includeDeletedValue) return;
    this.includeDeletedValue = include;
    await this.refreshAll();
  }

  /** The load in flight, if any: the tree's root waits on it to show a progress bar. */
  get pending(): Promise<void> | undefined {
    return this.loading;
  }

  /** One overview GET for the whole tree; overlapping calls share it. */
  refreshAll(): Promise<void> {
    // Share a load in flight only if it is for the same session and the same deleted-servers
    // choice; otherwise its answer would be thrown away and this caller would see nothing.
    const key = `${this.deps.session.epoch.current}:${this.includeDeletedValue}`;
    if (this.loading && this.loadingKey === key) return this.loading;
    const load: Promise<void> = this.load().finally(() => {
      if (this.loading === load) this.loading = undefined;
    });
    this.loading = load;
    this.loadingKey = key;
    return load;
  }

  /** For the palette: sign in if needed and make sure the tree is loaded. False if it is not. */
  async ensureLoaded(): Promise<boolean> {
    const { session, estate } = this.deps;
    if (!session.signedIn && !(await session.requireBrain())) return false;
    if (estate.status !== 'loaded' || this.loading) await this.refreshAll();
    return estate.status === 'loaded';
  }

  private async load(): Promise<void> {
    const { session, estate, poller } = this.deps;
    for (let attempt = 0; attempt < 2; attempt++) {
      const brain = session.brain;
      if (!brain) {
        this.fresh();
        if (session.signedIn && session.endpointError) {
          estate.setError(l10n.t('Could not load servers'), `${errorReason(session.endpointError)} ${l10n.t('Fix it in Settings (bigv.apiEndpoint / bigv.authEndpoint).')}`);
        } else {
          estate.clear();
        }
        return;
      }
      const epoch = session.epoch.current;
      const includeDeleted = this.includeDeletedValue;
      try {
        const stillWanted = () => epoch === session.epoch.current && includeDeleted === this.includeDeletedValue;
        const loaded = await this.deps.inView(() => loadEstate(brain, estate, includeDeleted, undefined, stillWanted));
        if (loaded === 'stale') return;
        this.fresh();
        this.deps.onLoaded?.();
        // The brain may already be mid-reboot for some; watch those until they settle.
        for (const node of estate.servers()) if (isTransitional(node.vm)) poller.add(node.vm.id);
        return;
      } catch (err) {
        if (err instanceof UnauthorizedError) {
          const outcome = await session.handleUnauthorized(epoch);
          if (outcome === 'renewed' && attempt === 0) continue;
          return;
        }
        if (epoch !== session.epoch.current) return;
        this.deps.log.error(failureMessage('load servers', err));
        // A tree already shown is kept (marked stale) rather than replaced by an error row.
        if (estate.status === 'loaded') this.outage(err);
        else estate.setError(l10n.t('Could not load servers'), errorReason(err));
        return;
      }
    }
  }
}
