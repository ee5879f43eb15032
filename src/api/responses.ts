// From an HTTP answer to a value or an error: status → error mapping (with the Retry-After and
// Location a 429 or 3xx carries), the content-type check and JSON parsing. Everything taken from
// the response is redacted here, after any decoding, before it reaches an error.
import {
  BadRequestError,
  ForbiddenError,
  InvalidResponseError,
  NotFoundError,
  ServerError,
  UnauthorizedError,
  UnexpectedStatusError,
  type BigvError,
  type RequestContext,
} from './errors';
import { parseBadRequestBody } from './problems';
import { bodyExcerpt, redact, redactProblems } from './redact';
import { RateLimitedError, RedirectError } from './responseErrors';
import type { HttpRequest, HttpResponse } from './http';

const JSON_TYPE = /^application\/(vnd\.bigv\..*\+)?json$/;

/** The headers a failed answer's error may need. */
export interface ErrorHeaders {
  location?: string;
  retryAfter?: string;
}

export function mapStatus(req: HttpRequest, status: number, text: string, headers: ErrorHeaders, base: string, ctx: RequestContext): BigvError {
  const special = req.mapStatus?.(status, text, ctx);
  if (special) return special;
  // Parsed first and redacted after: JSON.parse would turn an escaped echo back into clear text.
  if (status === 400) return new BadRequestError(redactProblems(parseBadRequestBody(text), req.secrets), ctx, status);
  if (status === 401) return new UnauthorizedError(ctx, status);
  if (status === 403) return new ForbiddenError(ctx, status);
  if (status === 404) return new NotFoundError(ctx, status);
  if (status === 429) return new RateLimitedError(parseRetryAfter(headers.retryAfter), ctx, status);
  if (status >= 300 && status < 400) return new RedirectError(status, shownLocation(headers.location, base, req.secrets), ctx);
  const excerpt = bodyExcerpt(text, req.secrets);
  if (status >= 500 && status < 600) return new ServerError(status, excerpt, ctx);
  return new UnexpectedStatusError(status, excerpt, ctx);
}

/** Retry-After as whole seconds from now: delay-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Math.min(Number(v), 86_400);
  const date = Date.parse(v);
  if (Number.isNaN(date)) return undefined;
  return Math.min(Math.max(0, Math.ceil((date - now) / 1000)), 86_400);
}

/** Scheme, host and path of a redirect target: its query may carry anything. */
function shownLocation(location: string | undefined, base: string, secrets: HttpRequest['secrets']): string | undefined {
  if (!location) return undefined;
  try {
    const url = new URL(location, `${base}/`);
    return redact(`${url.protocol}//${url.host}${url.pathname}`, secrets);
  } catch {
    return undefined;
  }
}

/** Checks the content type and parses JSON; both failures name the endpoint. */
export function parseJsonBody(res: HttpResponse, secrets?: HttpRequest['secrets']): unknown {
  const type = mediaType(res.contentType);
  if (!type || !JSON_TYPE.test(type)) {
    const shown = res.contentType === undefined ? 'missing' : redact(res.contentType, secrets);
    throw new InvalidResponseError(`expected JSON but the content type was "${shown}"`, res.ctx, res.status);
  }
  if (res.text.trim() === '') throw new InvalidResponseError('the body was empty (expected JSON)', res.ctx, res.status);
  try {
    return JSON.parse(res.text);
  } catch {
    // V8's message quotes the raw body, where a secret may sit escaped; it says nothing a person needs.
    throw new InvalidResponseError('the body is not valid JSON', res.ctx, res.status);
  }
}

export function mediaType(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  return contentType.split(';')[0]?.trim().toLowerCase() || undefined;
}
