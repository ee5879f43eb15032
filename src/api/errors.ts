// Errors a caller can switch on (`err.kind`) and a person can act on (`err.message`).
// Every message says what failed and what to do next. Messages are built only from values that
// are not secret: the request's description, its redacted endpoint, status codes and scrubbed
// body excerpts. The transport scrubs tokens/passwords/OTPs out of anything taken from a response;
// here every piece of response text is capped (and cleaned), and so is every message.
import { describeCode, formatProblems, formatSeconds, limitProblems } from './errorWording';
import { BigvError, failed, type RequestContext } from './errorBase';
import { cleanText } from './safeText';

export { formatProblems } from './errorWording';

export { BigvError, isBigvError, type BigvErrorKind, type RequestContext } from './errorBase';

export class BadCredentialsError extends BigvError {
  readonly kind = 'bad-credentials' as const;
  constructor(ctx?: RequestContext, status?: number) {
    super('The username or password (or one-time code) was not accepted. Check them and sign in again.', ctx, status);
  }
}

export class SecondFactorRequiredError extends BigvError {
  readonly kind = 'second-factor-required' as const;
  constructor(ctx?: RequestContext, status?: number) {
    super(
      'This account needs a one-time code (2FA) to sign in. Enter the code from your authenticator app and try again.',
      ctx,
      status,
    );
  }
}

/** `problems` maps a field (or `disc N - field`, or `""` for a plain-text reason) to its problems. */
export class BadRequestError extends BigvError {
  readonly kind = 'bad-request' as const;
  /** At most MAX_PROBLEMS problems, each cleaned and capped. */
  readonly problems: Record<string, string[]>;
  /** How many problems the API sent beyond those kept. */
  readonly omitted: number;
  constructor(problems: Record<string, string[]>, ctx?: RequestContext, status = 400) {
    const { kept, omitted } = limitProblems(problems);
    const more = omitted > 0 ? `\n• (and ${omitted} more)` : '';
    super(`${failed(ctx)}: the API refused the request.\n${formatProblems(kept)}${more}\nCorrect the values and try again.`, ctx, status);
    this.problems = kept;
    this.omitted = omitted;
  }
}


export class UnauthorizedError extends BigvError {
  readonly kind = 'unauthorized' as const;
  /** `signedOut`: there was no session at all, so no request was sent. */
  constructor(ctx?: RequestContext, status?: number, signedOut = false) {
    super(
      signedOut
        ? `${failed(ctx)}: you are not signed in. Sign in to Bytemark Cloud and try again.`
        : `${failed(ctx)}: your session has expired or was revoked. Sign in again.`,
      ctx,
      status,
    );
  }
}

export class ForbiddenError extends BigvError {
  readonly kind = 'forbidden' as const;
  constructor(ctx?: RequestContext, status = 403) {
    super(
      `${failed(ctx)}: you are not allowed to change this resource. You may be able to see it but not modify it; ask an account administrator to grant you a higher privilege.`,
      ctx,
      status,
    );
  }
}

export class NotFoundError extends BigvError {
  readonly kind = 'not-found' as const;
  constructor(ctx?: RequestContext, status = 404) {
    super(
      `${failed(ctx)}: it was not found, or you have no access to it. Check the name and refresh; if your account requires a Yubikey, sign in with one (setting bigv.useYubikey).`,
      ctx,
      status,
    );
  }
}

/** An answer whose status is the failure: the body is only a hint, cleaned and quoted short. */
abstract class StatusError extends BigvError {
  override readonly status: number;
  /** The start of the response body (secrets scrubbed), for the log. */
  readonly bodyExcerpt: string;
  /** `reason` gets the excerpt as ` (…)`, or '' when the body said nothing. */
  protected constructor(status: number, bodyExcerpt: string, ctx: RequestContext | undefined, reason: (detail: string) => string) {
    const excerpt = cleanText(bodyExcerpt);
    super(`${failed(ctx)}: ${reason(excerpt ? ` (${excerpt})` : '')}`, ctx, status);
    this.status = status;
    this.bodyExcerpt = excerpt;
  }
}

export class ServerError extends StatusError {
  readonly kind = 'server' as const;
  constructor(status: number, bodyExcerpt: string, ctx?: RequestContext) {
    super(status, bodyExcerpt, ctx, (detail) => `the BigV API had a problem (HTTP ${status})${detail}. Try again in a few seconds; if it keeps happening, check the Bytemark status page.`);
  }
}

export class UnexpectedStatusError extends StatusError {
  readonly kind = 'unexpected-status' as const;
  constructor(status: number, bodyExcerpt: string, ctx?: RequestContext) {
    super(status, bodyExcerpt, ctx, (detail) => `the API answered with an unexpected HTTP status ${status}${detail}. Check the bigv endpoint settings; if they are right, report this as a bug.`);
  }
}

export class NetworkError extends BigvError {
  readonly kind = 'network' as const;
  readonly host: string;
  /** The system error code, e.g. ECONNREFUSED, when known. */
  readonly code: string | undefined;
  constructor(host: string, code: string | undefined, ctx?: RequestContext, cause?: unknown) {
    super(
      `${failed(ctx)}: could not reach ${host}${code ? ` (${describeCode(code)})` : ''}. Check your network connection and the bigv endpoint settings, then try again.`,
      ctx,
      undefined,
      { cause },
    );
    this.host = host;
    this.code = code;
  }
}

export class TimeoutError extends BigvError {
  readonly kind = 'timeout' as const;
  readonly seconds: number;
  constructor(seconds: number, ctx?: RequestContext) {
    super(
      `${failed(ctx)}: the API did not answer within ${formatSeconds(seconds)}. Check your network connection and try again.`,
      ctx,
    );
    this.seconds = seconds;
  }
}

export class CancelledError extends BigvError {
  readonly kind = 'cancelled' as const;
  constructor(ctx?: RequestContext) {
    super(`${failed(ctx)}: cancelled.`, ctx);
  }
}

export class InvalidResponseError extends BigvError {
  readonly kind = 'invalid-response' as const;
  /** What was wrong, e.g. `accounts[0].groups[1].virtual_machines[2].power_on: expected boolean`. */
  readonly detail: string;
  constructor(detail: string, ctx?: RequestContext, status?: number) {
    detail = cleanText(detail, MAX_DETAIL_CHARS);
    const where = ctx ? ` from ${ctx.endpoint}` : '';
    super(
      `${failed(ctx)}: the API sent a response this extension does not understand${where}: ${detail}. Check the bigv endpoint settings; if they are right, report this as a bug.`,
      ctx,
      status,
    );
    this.detail = detail;
  }
}

const MAX_DETAIL_CHARS = 600;

export class InsecureEndpointError extends BigvError {
  readonly kind = 'insecure-endpoint' as const;
  readonly url: string;
  constructor(url: string, reason?: string) {
    super(
      reason
        ? `The endpoint "${url}" cannot be used: ${reason}.`
        : `The endpoint "${url}" uses plain http, which would send your password and session in clear text. Use an https:// address (plain http is only allowed for localhost).`,
    );
    this.url = url;
  }
}
