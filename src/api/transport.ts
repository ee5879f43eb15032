// The only code that performs HTTP. It owns the policies every call shares: endpoint checks,
// headers, per-attempt timeouts combined with the caller's AbortSignal, the GET-only retry policy,
// the logging hook (which only ever sees redacted URLs), content-type checks and status → error
// mapping. Endpoint-specific quirks (the auth server's error bodies) plug in through `mapStatus`.
import { request, type Dispatcher } from 'undici';
import type * as z from 'zod/mini';
import {
  BadRequestError,
  BigvError,
  CancelledError,
  ForbiddenError,
  InsecureEndpointError,
  InvalidResponseError,
  NetworkError,
  NotFoundError,
  ServerError,
  TimeoutError,
  UnauthorizedError,
  UnexpectedStatusError,
  type RequestContext,
} from './errors';
import { BODY_LIMITS, bodyKind, readCapped, tooLarge, type BodyKind } from './limits';
import { parseBadRequestBody } from './problems';
import { bodyExcerpt, redact, redactProblems } from './redact';
import type { CallOptions, RequestLogEvent, TransportOptions } from './types';
import { describeZodError } from './zodErrors';

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [300, 1000];
export const DEFAULT_USER_AGENT = 'bigv-vscode/0.1';
export { bodyExcerpt, redact, scrub } from './redact';

const JSON_TYPE = /^application\/(vnd\.bigv\..*\+)?json$/;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface HttpRequest {
  method: HttpMethod;
  /** Already-encoded path, optionally with `?query`. */
  path: string;
  /** What logs and errors show instead of `path` (used to hide the token in `/session/{token}`). */
  logPath?: string;
  /** In words, for error messages: "list accounts". */
  action: string;
  accept: 'json' | 'text';
  /** Serialised as JSON. */
  body?: unknown;
  bearer?: string;
  /** Values that must never appear in anything this request reports (password, OTP, token). */
  secrets?: ReadonlyArray<string | undefined>;
  /** Which size cap a successful body gets; by default the overview's for `GET /accounts`, else the small one. */
  bodyKind?: BodyKind;
  /** Endpoint-specific status mapping, consulted before the default one. */
  mapStatus?: (status: number, text: string, ctx: RequestContext) => BigvError | undefined;
}

export interface HttpResponse {
  status: number;
  contentType: string | undefined;
  text: string;
  ctx: RequestContext;
}

/** Throws InsecureEndpointError unless the URL is https, or http to a loopback host. */
export function checkEndpoint(endpoint: string): URL {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    // Whatever precedes an `@` may be a password typed into the setting; it is not echoed.
    const shown = endpoint.replace(/\/\/[^/]*@/, '//');
    throw new InsecureEndpointError(shown, 'it is not a valid URL; use an address like https://uk0.bigv.io');
  }
  if (url.username || url.password) {
    // A password in the URL would end up in logs; the client signs in with credentials instead.
    throw new InsecureEndpointError(`${url.protocol}//${url.host}`, 'it must not contain a user name or password');
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:') {
    if (isLoopbackHost(url.hostname)) return url;
    throw new InsecureEndpointError(endpoint);
  }
  throw new InsecureEndpointError(endpoint, 'only https:// addresses are supported');
}

export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (h === '[::1]' || h === '::1') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

export class Transport {
  private readonly base: string;
  private readonly host: string;
  private readonly timeoutMs: number;
  private readonly retryDelaysMs: readonly number[];
  private readonly onRequest: ((e: RequestLogEvent) => void) | undefined;
  private readonly userAgent: string;
  private readonly dispatcher: Dispatcher | undefined;

  constructor(endpoint: string, opts: TransportOptions = {}) {
    const url = checkEndpoint(endpoint);
    // Keep any path prefix of the endpoint (e.g. a reverse proxy under /bigv), drop trailing slashes.
    this.base = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
    this.host = url.host;
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.retryDelaysMs = opts.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.onRequest = opts.onRequest;
    this.userAgent = opts.userAgent ?? DEFAULT_USER_AGENT;
    this.dispatcher = opts.dispatcher;
  }

  /** Sends the request (retrying GETs as the policy allows); resolves only on 2xx. */
  async send(req: HttpRequest, call: CallOptions = {}): Promise<HttpResponse> {
    const ctx: RequestContext = { action: req.action, endpoint: `${req.method} ${req.logPath ?? req.path}` };
    const retries = req.method === 'GET' ? this.retryDelaysMs : [];
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(req, ctx, call, attempt);
      } catch (e) {
        const delay = retries[attempt - 1];
        if (delay === undefined || !isRetryable(e)) throw e;
        await sleep(delay, call.signal, ctx);
      }
    }
  }

  /** Sends and parses a JSON body through `schema`; `label` names the root in field paths. */
  async json<S extends z.ZodMiniType>(req: HttpRequest, schema: S, label: string, call?: CallOptions): Promise<z.output<S>> {
    const res = await this.send(req, call);
    const value = parseJsonBody(res, req.secrets);
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      throw new InvalidResponseError(redact(describeZodError(parsed.error, label), req.secrets), res.ctx, res.status);
    }
    return parsed.data;
  }

  private async attempt(req: HttpRequest, ctx: RequestContext, call: CallOptions, attempt: number): Promise<HttpResponse> {
    if (call.signal?.aborted) throw new CancelledError(ctx);
    const timeoutMs = call.timeoutMs ?? this.timeoutMs;
    // One controller aborted by either the timer or the caller. Composed by hand (not
    // AbortSignal.any) so a long-lived caller signal does not accumulate listeners across calls.
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onCallerAbort = () => controller.abort();
    call.signal?.addEventListener('abort', onCallerAbort, { once: true });
    const signal = controller.signal;
    const started = performance.now();
    let status: number | undefined;

    const headers: Record<string, string> = {
      accept: req.accept === 'json' ? 'application/json' : 'text/plain',
      'user-agent': this.userAgent,
    };
    if (req.bearer !== undefined) headers.authorization = `Bearer ${req.bearer}`;
    let body: string | undefined;
    if (req.body !== undefined) {
      body = JSON.stringify(req.body);
      headers['content-type'] = 'application/json';
    }

    try {
      let res;
      try {
        res = await request(this.base + req.path, {
          method: req.method,
          headers,
          body,
          signal,
          ...(this.dispatcher ? { dispatcher: this.dispatcher } : {}),
        });
        status = res.statusCode;
        const ok = status >= 200 && status < 300;
        const kind = ok ? bodyKind(req) : 'error';
        const declared = Number(headerValue(res.headers['content-length']));
        const got = await readCapped(res.body, BODY_LIMITS[kind], Number.isFinite(declared) ? declared : undefined);
        // An error body is only excerpted, so its start is enough; a cut success body is useless.
        if (ok && got.overflow) throw tooLarge(kind, ctx, status);
        const text = got.text;
        const contentType = headerValue(res.headers['content-type']);
        if (ok) {
          this.log(req, attempt, started, status);
          return { status, contentType, text, ctx };
        }
        throw mapStatus(req, status, text, ctx);
      } catch (e) {
        if (e instanceof BigvError) throw e;
        if (call.signal?.aborted) throw new CancelledError(ctx);
        if (timedOut) throw new TimeoutError(timeoutMs / 1000, ctx);
        throw new NetworkError(this.host, errorCode(e), ctx, e);
      }
    } catch (e) {
      this.log(req, attempt, started, status, e as BigvError);
      throw e;
    } finally {
      clearTimeout(timer);
      call.signal?.removeEventListener('abort', onCallerAbort);
    }
  }

  private log(req: HttpRequest, attempt: number, started: number, status?: number, error?: BigvError): void {
    if (!this.onRequest) return;
    const event: RequestLogEvent = {
      method: req.method,
      url: this.base + (req.logPath ?? req.path),
      durationMs: Math.round(performance.now() - started),
      attempt,
    };
    if (status !== undefined) event.status = status;
    if (error) event.error = redact(`${error.kind}: ${error.message}`, req.secrets);
    try {
      this.onRequest(event);
    } catch {
      // A faulty logger must not turn a successful call into a failure.
    }
  }
}

function mapStatus(req: HttpRequest, status: number, text: string, ctx: RequestContext): BigvError {
  const special = req.mapStatus?.(status, text, ctx);
  if (special) return special;
  // Parsed first and redacted after: JSON.parse would turn an escaped echo back into clear text.
  if (status === 400) return new BadRequestError(redactProblems(parseBadRequestBody(text), req.secrets), ctx, status);
  if (status === 401) return new UnauthorizedError(ctx, status);
  if (status === 403) return new ForbiddenError(ctx, status);
  if (status === 404) return new NotFoundError(ctx, status);
  const excerpt = bodyExcerpt(text, req.secrets);
  if (status >= 500 && status < 600) return new ServerError(status, excerpt, ctx);
  return new UnexpectedStatusError(status, excerpt, ctx);
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

function isRetryable(e: unknown): boolean {
  return e instanceof NetworkError || e instanceof ServerError;
}

function sleep(ms: number, signal: AbortSignal | undefined, ctx: RequestContext): Promise<void> {
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

function headerValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** The system error code behind an undici failure (it may be nested in `cause` or an AggregateError). */
function errorCode(e: unknown): string | undefined {
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
