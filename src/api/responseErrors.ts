// Errors for responses that are hostile or out of the ordinary: too large, redirected, rate
// limited, or from a server whose certificate cannot be trusted. Each carries a stable `kind`
// and the data a caller needs to word it again (the English message is kept for logs).
import { BigvError, type RequestContext } from './errors';

function failed(ctx: RequestContext | undefined): string {
  return ctx ? `Could not ${ctx.action}` : 'The request failed';
}

export function describeBytes(n: number): string {
  return n >= 1 << 20 ? `${Math.round(n / (1 << 20))} MiB` : `${Math.round(n / 1024)} KiB`;
}

/** The body was larger than this kind of answer may be. Never retried. */
export class ResponseTooLargeError extends BigvError {
  readonly kind = 'response-too-large' as const;
  readonly limitBytes: number;
  constructor(limitBytes: number, ctx?: RequestContext, status?: number) {
    super(
      `${failed(ctx)}: the API's answer was larger than ${describeBytes(limitBytes)}, more than this extension accepts for it. Check the bigv endpoint settings; if they are right, report this as a bug.`,
      ctx,
      status,
    );
    this.limitBytes = limitBytes;
  }
}
