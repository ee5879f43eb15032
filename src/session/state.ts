// The session's state: the token and user in memory, the API clients built from the settings,
// and the change event. The flows that move it (restore, sign in/out, expiry, other windows)
// are in session.ts. No vscode import.
import { AuthClient, BrainClient } from '../api';
import { errorReason } from '../model/errorText';
import { Emitter } from './emitter';
import { SessionEpoch } from './sessionEpoch';
import type { SessionDeps } from './deps';

export class SessionState {
  readonly epoch = new SessionEpoch();
  protected token: string | undefined;
  protected user: string | undefined;
  protected authClient: AuthClient | undefined;
  protected brainClient: BrainClient | undefined;
  protected clientError: unknown;
  /** Writes of this window's own to the store in progress: their change events are not news. */
  protected ownWrites = 0;
  /** The auth endpoint the current session belongs to. */
  protected sessionEndpoint: string | undefined;
  protected readonly changed = new Emitter();
  /** Fires whenever the signed-in user (or the endpoint they are signed in to) changes. */
  readonly onDidChange = this.changed.event;

  constructor(protected readonly deps: SessionDeps) {}

  get username(): string | undefined {
    return this.token === undefined ? undefined : this.user;
  }

  get signedIn(): boolean {
    return this.token !== undefined;
  }

  /** The brain client, or undefined when signed out or the endpoint setting is unusable. */
  get brain(): BrainClient | undefined {
    return this.token === undefined ? undefined : this.brainClient;
  }

  /** The brain client even when signed out, for the calls that need no session (`/definitions`). */
  get anonymousBrain(): BrainClient | undefined {
    return this.brainClient;
  }

  /** Why the clients could not be built (e.g. a plain-http endpoint), if they could not. */
  get endpointError(): unknown {
    return this.clientError;
  }

  /** (Re)creates the clients from the current settings (endpoints, timeout). */
  rebuildClients(): void {
    const s = this.deps.settings();
    const opts = { timeoutMs: s.requestTimeoutSeconds * 1000, onRequest: this.deps.onRequest, userAgent: 'bigv-vscode' };
    try {
      this.authClient = new AuthClient(s.authEndpoint, opts);
      this.brainClient = new BrainClient(s.apiEndpoint, () => this.token, opts);
      this.clientError = undefined;
    } catch (err) {
      this.authClient = undefined;
      this.brainClient = undefined;
      this.clientError = err;
      this.deps.log.error(`Endpoint settings unusable: ${errorReason(err)}`);
    }
  }

  /** A write of this window's own: the change events it causes are not taken for another window's. */
  protected async own(write: () => Promise<void>): Promise<void> {
    this.ownWrites++;
    try {
      await write();
    } finally {
      this.ownWrites--;
    }
  }

  protected adopt(token: string, username: string): void {
    this.token = token;
    this.user = username;
    this.sessionEndpoint = this.deps.settings().authEndpoint;
    this.epoch.begin();
    this.changed.fire();
  }

  protected setSignedOut(): void {
    const was = this.token !== undefined;
    this.token = undefined;
    this.epoch.end();
    if (was) this.changed.fire();
  }
}
