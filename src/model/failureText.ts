// Turns any failure into the one sentence a user reads: "Could not <what>: <reason>".
import { isBigvError } from '../api/errors';

/** The reason part of an error message, without the client's own "Could not …:" prefix. */
export function errorReason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (!isBigvError(err)) return message || 'unknown error';
  // The client phrases its messages as "Could not <action>: <reason and advice>"; we supply our
  // own, user-level "what", so keep only the reason.
  return err.reason || message;
}

export function failureMessage(what: string, err: unknown): string {
  return `Could not ${what}: ${errorReason(err)}`;
}


/** The API did not answer usefully (unreachable, too slow, 5xx): worth retrying later, not a verdict. */
export function isUnreachable(err: unknown): boolean {
  return isBigvError(err) && (err.kind === 'network' || err.kind === 'timeout' || err.kind === 'server');
}
