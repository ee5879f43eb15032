// The retry policy's pieces: what may be retried, how long to wait (a 429's Retry-After when it
// is short enough), an abortable pause, and the system error code behind an undici failure.
import { CancelledError, NetworkError, ServerError, type RequestContext } from './errors';
import { RateLimitedError } from './responseErrors';

/** Longer Retry-After requests are not waited for: the user is told how long instead. */
export const MAX_RETRY_AFTER_SECONDS = 30;

/** The pause before the next attempt, or undefined when `e` must not be retried. */
export function retryDelay(e: unknown, policyDelay: number | undefined): number | undefined {
  if (policyDelay === undefined) return undefined;
  if (e instanceof NetworkError || e instanceof ServerError) return policyDelay;
  if (e instanceof RateLimitedError) {
    if (e.retryAfterSeconds === undefined) return policyDelay;
    if (e.retryAfterSeconds > MAX_RETRY_AFTER_SECONDS) return undefined;
    return Math.max(policyDelay, e.retryAfterSeconds * 1000);
  }
  return undefined;
}

export function sleep(ms: number, signal: AbortSignal | undefined, ctx: RequestContext): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new CancelledError(ctx));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new CancelledError(ctx));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The system error code behind an undici failure (it may be nested in `cause` or an AggregateError). */
export function errorCode(e: unknown): string | undefined {
  let cur: unknown = e;
  for (let depth = 0; depth < 5 && cur && typeof cur === 'object'; depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string' && code !== 'UND_ERR_SOCKET') return code;
    const errors = (cur as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.length > 0) {
      cur = errors[0];
      continue;
    }
    const next = (cur as { cause?: unknown }).cause;
    if (!next && typeof code === 'string') return code;
    cur = next;
  }
  return undefined;
}
