// A write whose answer never came may still have been carried out: the request can reach the
// brain and the answer be lost on the way back (a timeout, a reset connection, a proxy's 502 or
// 504). Such an outcome is read back, never assumed failed and never sent again blindly.
import { NetworkError, ServerError, TimeoutError, type VirtualMachine } from '../api';
import type { ServerAction } from '../model/serverState';
import { SETTLED_WHEN } from '../model/serverWaits';

/** Codes that mean the request never left: nothing can have been carried out. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** True when `err` leaves open whether the write reached the brain and took effect. */
export function mayHaveLanded(err: unknown): boolean {
  if (err instanceof TimeoutError) return true;
  if (err instanceof NetworkError) return err.code === undefined || !NEVER_SENT.has(err.code);
  return err instanceof ServerError && (err.status === 502 || err.status === 504);
}

/**
 * Whether reading the server back shows the action was done: true when it shows the action's
 * end state and the server was not in it before, undefined when the two readings cannot tell
 * (a restart leaves a running server running). Never false: an unfinished change may be under way.
 */
export function seenDone(action: ServerAction, before: VirtualMachine, after: VirtualMachine): true | undefined {
  const settled = SETTLED_WHEN[action];
  if (!settled || settled(before)) return undefined;
  return settled(after) ? true : undefined;
}
