// The only code that performs HTTP. It owns the policies every call shares: endpoint checks,
// headers, per-attempt timeouts combined with the caller's AbortSignal, the GET-only retry policy,
// the logging hook (which only ever sees redacted URLs), content-type checks and status → error
// mapping. Endpoint-specific quirks (the auth server's error bodies) plug in through `mapStatus`.
import type { Dispatcher } from 'undici';
import type * as z from 'zod/mini';
import { assertLoopback, checkEndpoint } from './endpointGuard';
import { BigvError, CancelledError, InvalidResponseError, NetworkError, TimeoutError, UnauthorizedError, type RequestContext } from './errors';
import type { HttpRequest, HttpResponse } from './http';
import { BODY_LIMITS, bodyKind, readCapped, tooLarge } from './limits';
import { redact } from './redact';
import { CertificateError, isCertificateCode } from './responseErrors';
import { mapStatus, parseJsonBody } from './responses';
import { errorCode, retryDelay, sleep } from './retry';
import type { CallOptions, RequestLogEvent, TransportOptions } from './types';
import { describeZodError } from './zodErrors';

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [300, 1000];
export const DEFAULT_USER_AGENT = 'bigv-vscode/0.1';
export { bodyExcerpt, redact, scrub } from './redact';
export { mediaType, parseJsonBody } from './responses';
export { isLoopbackHost } from './endpoint';
export { checkEndpoint } from './endpointGuard';

export type { HttpMethod, HttpRequest, HttpResponse } from './http';

export class Transport {
  private readonly base: string;
  private readonly url: URL;
  private readonly host: string;
  private readonly timeoutMs: number;
  private readonly retryDelaysMs: readonly number[];
  private readonly onRequest: ((e: RequestLogEvent) => void) | undefined;
  private readonly userAgent: string;
  private readonly dispatcher: Dispatcher | undefined;
  private readonly renew: TransportOptions['renew'];

  constructor(endpoint: string, opts: TransportOptions = {}) {
    const url = checkEndpoint(endpoint);
    this.url = url;
    // Keep any path prefix of the endpoint (e.g. a reverse proxy under /bigv), drop trailing slashes.
    this.base = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
    this.host = url.host;
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.retryDelaysMs = opts.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.onRequest = opts.onRequest;
    this.userAgent = opts.userAgent ?? DEFAULT_USER_AGENT;
    this.dispatcher = opts.dispatcher;
    this.renew = opts.renew;
  }

  /** Sends the request (retrying GETs as the policy allows, and any call once after a renewal); resolves only on 2xx. */
  async send(req: HttpRequest, call: CallOptions = {}): Promise<HttpResponse> {
    try {
      return await this.sendRetrying(req, call);
    } catch (e) {
      if (!(e instanceof UnauthorizedError) || req.bearer === undefined || this.renew === undefined) throw e;
      const fresh = await this.renew(req.bearer);
      if (fresh === undefined || fresh === req.bearer) throw e;
      return this.sendRetrying({ ...req, bearer: fresh, secrets: [fresh, ...(req.secrets ?? [])] }, call);
    }
  }

  private async sendRetrying(req: HttpRequest, call: CallOptions): Promise<HttpResponse> {
    const ctx: RequestContext = { action: req.action, endpoint: `${req.method} ${req.logPath ?? req.path}` };
    const retries = req.method === 'GET' ? this.retryDelaysMs : [];
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(req, ctx, call, attempt);
      } catch (e) {
        const delay = retryDelay(e, retries[attempt - 1]);
        if (delay === undefined) throw e;
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
        await assertLoopback(this.url);
        res = await undici().request(this.base + req.path, {
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
        const answer = { location: headerValue(res.headers.location), retryAfter: headerValue(res.headers['retry-after']) };
        throw mapStatus(req, status, text, answer, this.base, ctx);
      } catch (e) {
        if (e instanceof BigvError) throw e;
        if (call.signal?.aborted) throw new CancelledError(ctx);
        if (timedOut) throw new TimeoutError(timeoutMs / 1000, ctx);
        const code = errorCode(e);
        if (isCertificateCode(code)) throw new CertificateError(this.host, code, ctx, e);
        throw new NetworkError(this.host, code, ctx, e);
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

function headerValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

let loaded: typeof import('undici') | undefined;

/**
 * undici is most of the extension's code, and the first paint (the last-known tree) needs none
 * of it: it is loaded on the first request. The package has it as its own file beside the
 * bundle (esbuild.mjs); tests and tools run from source and get the installed package.
 */
function undici(): typeof import('undici') {
  if (!loaded) {
    try {
      loaded = require('./undici.js') as typeof import('undici');
    } catch {
      loaded = require('undici') as typeof import('undici');
    }
  }
  return loaded;
}

