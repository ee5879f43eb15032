// The base of every error the client throws: a kind to switch on, where it happened, and a
// message capped for a person to read.
import { cap, MAX_MESSAGE_CHARS } from './safeText';

export type BigvErrorKind =
  | 'bad-credentials'
  | 'second-factor-required'
  | 'bad-request'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'server'
  | 'unexpected-status'
  | 'network'
  | 'timeout'
  | 'cancelled'
  | 'invalid-response'
  | 'insecure-endpoint'
  | 'response-too-large'
  | 'redirect'
  | 'rate-limited'
  | 'certificate'
  | 'unaddressable-name'
  | 'endpoint-setting';

/** Where an error happened: a human description and the redacted `METHOD /path`. */
export interface RequestContext {
  /** What the caller was trying to do, in words: "list accounts", "update server web1.default.demo". */
  action: string;
  /** `METHOD /path?query` with secrets redacted; safe for logs. */
  endpoint: string;
}

export abstract class BigvError extends Error {
  abstract readonly kind: BigvErrorKind;
  /** Redacted `METHOD /path`, when the error came from a request. */
  readonly endpoint: string | undefined;
  /** HTTP status, when the server answered. */
  readonly status: number | undefined;
  /** What was being done, in words ("update server web1.web.demo"), when the error came from a request. */
  readonly action: string | undefined;
  /** The message without its "Could not <action>: " prefix: the reason and what to do. */
  readonly reason: string;

  protected constructor(message: string, ctx?: RequestContext, status?: number, options?: { cause?: unknown }) {
    message = cap(message, MAX_MESSAGE_CHARS);
    super(message, options);
    this.name = new.target.name;
    this.endpoint = ctx?.endpoint;
    this.status = status;
    this.action = ctx?.action;
    const prefix = `${failed(ctx)}: `;
    this.reason = message.startsWith(prefix) ? message.slice(prefix.length) : message;
  }
}

export function isBigvError(e: unknown): e is BigvError {
  return e instanceof BigvError;
}

export function failed(ctx: RequestContext | undefined): string {
  return ctx ? `Could not ${ctx.action}` : 'The request failed';
}
