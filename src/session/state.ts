// The session's state: the token and user in memory, the API clients built from the settings,
// and the change event. The flows that move it (restore, sign in/out, expiry, other windows)
// are in session.ts. No vscode import.
import { AuthClient, BrainClient } from '../api';
import { errorReason } from '../model/failureText';
import { Emitter } from './emitter';
import { endpointsOf, sameEndpoints, type Endpoints } from './endpoints';
import { SessionEpoch } from './sessionEpoch';
import type { SessionDeps } from './deps';

export class SessionState {
  readonly epoch = new SessionEpoch();
  protected token: string | undefined;
  protected user: string | undefined;
  private clients: { auth?: AuthClient; brain?: BrainClient; error?: unknown } | undefined;
  /** Writes of this window's own to the store in progress: their change events are not news. */
  protected ownWrites = 0;
  /** The endpoints the current token was issued for: no client for any other ever carries it. */
  protected bound: Endpoints | undefined;
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

  /** Signed in with an API key: it acts with the privileges granted to the key, not the user's. */
  get usesApiKey(): boolean {
    return this.token !== undefined && this.token.startsWith('apikey.');
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

  protected get authClient(): AuthClient | undefined {
    return this.built().auth;
  }

  protected get brainClient(): BrainClient | undefined {
    return this.built().brain;
  }

  protected get clientError(): unknown {
    return this.built().error;
  }

  /** Drops the clients: their next use builds them from the current settings (endpoints, timeout). */
  rebuildClients(): void {
    this.clients = undefined;
  }

  // Built on first use, not on restore: a window with no stored session never loads the API client.
  private built(): { auth?: AuthClient; brain?: BrainClient; error?: unknown } {
    if (this.clients) return this.clients;
    const s = this.deps.settings();
    const opts = { timeoutMs: s.requestTimeoutSeconds * 1000, onRequest: this.deps.onRequest, userAgent: 'bigv-vscode' };
    const at = endpointsOf(s);
    // Asked on every call: a client built after the endpoints changed (a timeout change handled
    // first, say) gets no token until a session is adopted for its own endpoints.
    const token = () => (this.bound && sameEndpoints(this.bound, at) ? this.token : undefined);
    try {
      // A 401 renews the session here, once for every caller, and the call goes again with the new token.
      const renew = async (refused: string): Promise<string | undefined> => ((await this.unauthorized(refused)) ? token() : undefined);
      this.clients = { auth: new AuthClient(s.authEndpoint, opts), brain: new BrainClient(s.apiEndpoint, token, { ...opts, renew }) };
    } catch (err) {
      this.clients = { error: err };
      this.deps.log.error(`Endpoint settings unusable: ${errorReason(err)}`);
    }
    return this.clients;
  }

  /** A call sent `refused` and got 401: true when the session has a newer token to send instead (the manager renews). */
  protected async unauthorized(_refused: string): Promise<boolean> {
    return false;
  }

  /** A write of this window's own: the change events it causes are not taken for another window's. */
  protected async own(write: () => PromiseLike<void>): Promise<void> {
    this.ownWrites++;
    try {
      await write();
    } finally {
      this.ownWrites--;
    }
  }

  /** `at`: the endpoints the token was issued for (read when the sign-in or restore began). */
  protected adopt(token: string, username: string, at: Endpoints): void {
    this.token = token;
    this.user = username;
    this.bound = endpointsOf(at);
    this.epoch.begin();
    this.changed.fire();
  }

  protected setSignedOut(): void {
    const was = this.token !== undefined;
    this.token = undefined;
    this.bound = undefined;
    this.epoch.end();
    if (was) this.changed.fire();
  }
}
