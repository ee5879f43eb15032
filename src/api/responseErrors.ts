// Errors for responses that are hostile or out of the ordinary: too large, redirected, rate
// limited, or from a server whose certificate cannot be trusted. Each carries a stable `kind`
// and the data a caller needs to word it again (the English message is kept for logs).
import { BigvError, type RequestContext } from './errors';
import { cleanText } from './safeText';

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
    value = cleanText(value, 80);
    super(`The ${part} name "${value}" cannot be used in a request to the API. Rename it (or use its numeric id) to work with it here.`);
    this.part = part;
    this.value = value;
  }
}

/** A 3xx: the endpoint has moved (or a proxy intercepts). Redirects are not followed: they would carry the session elsewhere. */
export class RedirectError extends BigvError {
  readonly kind = 'redirect' as const;
  override readonly status: number;
  /** Where it pointed (scheme, host and path only), if it said. */
  readonly location: string | undefined;
  constructor(status: number, location: string | undefined, ctx?: RequestContext) {
    location = location === undefined ? undefined : cleanText(location);
    const to = location ? ` to ${location}` : '';
    super(`${failed(ctx)}: the API answered with a redirect (HTTP ${status})${to}, which is not followed. Check the bigv endpoint settings: the address may have changed.`, ctx, status);
    this.status = status;
    this.location = location;
  }
}

/** A 429. `retryAfterSeconds` is what the server asked for, when it said. */
export class RateLimitedError extends BigvError {
  readonly kind = 'rate-limited' as const;
  readonly retryAfterSeconds: number | undefined;
  constructor(retryAfterSeconds: number | undefined, ctx?: RequestContext, status = 429) {
    const when = retryAfterSeconds !== undefined ? `in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}` : 'in a minute';
    super(`${failed(ctx)}: the BigV API is busy (too many requests). Try again ${when}.`, ctx, status);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The server's TLS certificate could not be verified. Not retried: it will not change by itself. */
export class CertificateError extends BigvError {
  readonly kind = 'certificate' as const;
  readonly host: string;
  /** The TLS error code, e.g. DEPTH_ZERO_SELF_SIGNED_CERT. */
  readonly code: string;
  constructor(host: string, code: string, ctx?: RequestContext, cause?: unknown) {
    super(
      `${failed(ctx)}: the TLS certificate of ${host} is not trusted (${describeCertificateCode(code)}). Check the bigv endpoint settings; if a proxy or antivirus inspects HTTPS, its certificate must be trusted by the system.`,
      ctx,
      undefined,
      { cause },
    );
    this.host = host;
    this.code = code;
  }
}

const CERTIFICATE_CODES: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'it is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'it is signed by a self-signed certificate that is not trusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its issuer is not trusted',
  UNABLE_TO_GET_ISSUER_CERT: 'its issuer is not trusted',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'its issuer is not trusted',
  CERT_UNTRUSTED: 'it is not trusted',
  CERT_HAS_EXPIRED: 'it has expired',
  CERT_NOT_YET_VALID: 'it is not valid yet',
  CERT_REVOKED: 'it has been revoked',
  CERT_SIGNATURE_FAILURE: 'its signature is invalid',
  ERR_TLS_CERT_ALTNAME_INVALID: 'it was issued for a different host name',
  HOSTNAME_MISMATCH: 'it was issued for a different host name',
};

export function isCertificateCode(code: string | undefined): code is string {
  return code !== undefined && code in CERTIFICATE_CODES;
}

function describeCertificateCode(code: string): string {
  return CERTIFICATE_CODES[code] ?? code;
}
