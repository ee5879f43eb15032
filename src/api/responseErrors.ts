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

/** A name that no URL can carry unchanged (`.`, `..`, empty, a lone surrogate, a bad id): refused before sending. */
export class UnaddressableNameError extends BigvError {
  readonly kind = 'unaddressable-name' as const;
  /** Which name: `account`, `group`, `server` or `session`. */
  readonly part: string;
  /** The name as it can be shown (control characters and lone surrogates made visible). */
  readonly value: string;
  constructor(part: string, value: string) {
    super(`The ${part} name "${value}" cannot be used in a request to the API. Rename it (or use its numeric id) to work with it here.`);
    this.part = part;
    this.value = value;
  }
}
