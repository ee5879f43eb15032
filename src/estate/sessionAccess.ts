// What the estate needs from the session, and no more: the signed-in client, whether the
// session changed under a request (epoch), and the one way to handle a 401.
import type { BrainClient } from '../api';
import type { UnauthorizedOutcome } from '../session/session';

export interface SessionAccess {
  /** The client of the signed-in session, without asking anything; undefined when signed out. */
  readonly brain: BrainClient | undefined;
  /** The client, offering sign-in when signed out (a user's action asked for it). */
  requireBrain(): Promise<BrainClient | undefined>;
  readonly epoch: { readonly current: number };
  /** Signed in with an API key: the key's privileges apply, not the user's. */
  readonly usesApiKey?: boolean;
  handleUnauthorized(epoch: number): Promise<UnauthorizedOutcome>;
}
