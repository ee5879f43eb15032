// Owns the session: which user is signed in, the token (in memory and in SecretStorage), the
// API clients that use it, and what happens when it ends (sign-out, expiry, another window).
// No vscode import: the UI, secret store and state come in through SessionDeps, so the whole
// flow (restore, expiry, renewal, another window) is tested against the simulator.
import { UnauthorizedError, type BrainClient, type SessionInfo } from '../api';
import { errorReason } from '../model/failureText';
import { isApiKeyToken } from './apiKey';
import { endpointsOf, sameEndpoints } from './endpoints';
import { renewSession } from './renewal';
import { lastUserKey, SessionSignIn } from './signIn';
import type { RestoreResult, SessionDeps, UnauthorizedOutcome } from './deps';

export type { RestoreResult, SessionDeps, UnauthorizedOutcome } from './deps';
/** Silent renewal is for the occasional expiry, not a loop against a server that refuses us. */
const MIN_RENEWAL_GAP_MS = 60_000;

export class SessionManager extends SessionSignIn {
  private renewing: Promise<UnauthorizedOutcome> | undefined;
  private lastRenewal = 0;
  private readonly subscriptions: Array<{ dispose(): unknown }> = [];

  constructor(deps: SessionDeps) {
    super(deps);
    this.subscriptions.push(
      this.changed,
      deps.store.onDidChange(() => void this.syncFromStore()),
    );
  }

  /**
   * On activation or an endpoint change: reuse the stored session if it was issued for these
   * endpoints and the auth server still knows it. One issued for others is deleted, unused.
   */
  async restore(): Promise<RestoreResult> {
    this.rebuildClients();
    const s = this.deps.settings();
    const found = await this.deps.store.settle(s, this.deps.memento.get<string>(lastUserKey(s.authEndpoint)));
    if (found.kind !== 'session') {
      this.setSignedOut();
      // Said once: the session is deleted, so the next restore finds none.
      if (found.kind === 'elsewhere') {
        this.deps.log.warn(`The stored session was for other endpoints than ${s.apiEndpoint} and ${s.authEndpoint}; deleted, unused.`);
        const apiKey = found.apiKey;
        void this.deps.ui.sessionExpired('endpoint-changed').then((again) => (again ? (apiKey ? this.signInWithApiKey() : this.signIn()) : undefined));
      } else if (found.kind === 'legacy') {
        this.deps.log.warn('A session stored by an earlier version (not bound to its endpoints) was deleted, unused: sign in once again.');
        void this.deps.ui.sessionExpired('upgraded').then((again) => (again ? this.signIn() : undefined));
      }
      return { kind: 'signed-out' };
    }
    const stored = found.session;
    // An API key has no auth-server session to check: the brain's answers will say if it is refused.
    if (!this.authClient || isApiKeyToken(stored.token)) {
      this.adopt(stored.token, stored.username, s);
      return this.authClient ? { kind: 'signed-in' } : { kind: 'unverified', error: this.clientError };
    }
    let info: SessionInfo;
    try {
      info = await this.authClient.readSession(stored.token);
    } catch (err) {
      if (err instanceof UnauthorizedError) {
        this.deps.log.info(`The stored session for ${stored.username} at ${s.authEndpoint} has expired.`);
        this.token = stored.token;
        this.user = stored.username;
        this.bound = endpointsOf(s);
        this.epoch.begin();
        const outcome = await this.handleUnauthorized(this.epoch.current, { quiet: true });
        return outcome === 'renewed' ? { kind: 'signed-in' } : { kind: 'signed-out' };
      }
      // Offline or the auth server is down: keep the token, the tree says what is wrong.
      this.deps.log.warn(`Could not check the stored session: ${errorReason(err)}`);
      this.adopt(stored.token, stored.username, s);
      return { kind: 'unverified', error: err };
    }
    if (s.useYubikey && !info.factors.includes('yubikey') && !info.factors.includes('impersonated')) {
      // The Go CLI does the same: a session made without the Yubikey cannot use Yubikey-only privileges.
      this.deps.log.info('The stored session was made without a Yubikey and bigv.useYubikey is on; sign in again.');
      await this.deps.store.clear();
      this.setSignedOut();
      return { kind: 'signed-out' };
    }
    this.adopt(stored.token, info.username, s);
    this.deps.log.info(`Session restored for ${info.username} at ${s.authEndpoint}.`);
    return { kind: 'signed-in' };
  }

  /** The client, offering sign-in when signed out (only ever because a user's action asked for it). */
  async requireBrain(): Promise<BrainClient | undefined> {
    if (this.brain) return this.brain;
    return (await this.signIn()) ? this.brain : undefined;
  }

  /** Deletes the session, and every other secret of the profile, here and (through SecretStorage) in every other window. */
  async signOut(): Promise<void> {
    const s = this.deps.settings();
    this.setSignedOut();
    await this.own(() => this.deps.store.forgetAll());
    this.deps.log.info(`Signed out of ${s.authEndpoint}.`);
  }

  /**
   * A call made under session `epoch` got 401. The first report per session renews the session
   * silently (only with a remembered password) or signs out and tells the user once; any other
   * report waits for that outcome or is ignored.
   */
  protected override async unauthorized(refused: string): Promise<boolean> {
    // Another call's 401 may have renewed (or ended) the session already: then only the outcome counts.
    if (this.token === refused && (await this.handleUnauthorized(this.epoch.current)) !== 'renewed') return false;
    return this.signedIn && this.token !== refused;
  }

  async handleUnauthorized(epoch: number, opts: { quiet?: boolean } = {}): Promise<UnauthorizedOutcome> {
    if (!this.epoch.expire(epoch)) {
      if (this.renewing) return this.renewing;
      return this.signedIn && this.epoch.current !== epoch ? 'renewed' : 'ignored';
    }
    this.renewing = this.expire(opts.quiet ?? false).finally(() => (this.renewing = undefined));
    return this.renewing;
  }

  private async expire(quiet: boolean): Promise<UnauthorizedOutcome> {
    const s = this.deps.settings();
    const username = this.user;
    const epoch = this.epoch.current;
    const apiKey = this.token !== undefined && isApiKeyToken(this.token);
    // The settings moved under the session: its password is not for the new auth server either.
    const endpointChanged = this.bound !== undefined && !sameEndpoints(this.bound, s);
    if (!apiKey && !endpointChanged && s.rememberPassword && username && this.authClient && Date.now() - this.lastRenewal > MIN_RENEWAL_GAP_MS) {
      this.lastRenewal = Date.now();
      const renewed = await renewSession(this.authClient, this.deps.store, s, username, this.deps.log);
      // Signed out (here or in another window) while the renewal was under way: sign-out wins.
      if (this.epoch.current !== epoch) return 'expired';
      if (renewed) {
        this.adopt(renewed.token, renewed.info.username, s);
        await this.own(() => this.deps.store.save(s, { username: renewed.info.username, token: renewed.token }));
        this.deps.log.info('The session expired and was renewed with the remembered password.');
        return 'renewed';
      }
    }
    this.token = undefined;
    this.changed.fire();
    await this.own(() => (endpointChanged ? this.deps.store.forgetAll() : this.deps.store.clear()));
    this.deps.log.warn(endpointChanged ? 'The endpoint settings changed; signed out.' : 'The BigV session expired; signed out.');
    if (!quiet) {
      const reason = endpointChanged ? 'endpoint-changed' : apiKey ? 'api-key-refused' : 'expired';
      void this.deps.ui.sessionExpired(reason).then((again) => (again ? (apiKey ? this.signInWithApiKey() : this.signIn()) : undefined));
    }
    return 'expired';
  }

  /** The endpoint settings changed: forget this session and look for the new endpoint's one. */
  async endpointChanged(): Promise<RestoreResult> {
    this.setSignedOut();
    return this.restore();
  }

  /** Another window (or this one) changed the stored session: follow it. */
  private async syncFromStore(): Promise<void> {
    if (this.ownWrites > 0) return;
    const s = this.deps.settings();
    const found = await this.deps.store.load(s);
    // One for other endpoints is not followed (nor deleted: this window's settings event may be on its way).
    const stored = found.kind === 'session' ? found.session : undefined;
    if (this.ownWrites > 0 || stored?.token === this.token) return;
    if (!stored) {
      this.deps.log.info('Signed out in another window.');
      this.setSignedOut();
      return;
    }
    this.deps.log.info(`Signed in as ${stored.username} in another window.`);
    this.adopt(stored.token, stored.username, s);
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
