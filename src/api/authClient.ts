// The auth server: trade credentials for a session token, and check a token is still alive.
import { BadCredentialsError, InvalidResponseError, SecondFactorRequiredError, UnauthorizedError } from './errors';
import { REDACTED_SESSION_PATH, sessionPath } from './paths';
import { SessionInfoSchema, type SessionInfo } from './schemas';
import { redact } from './redact';
import { mediaType, Transport } from './transport';
import type { CallOptions, Credentials, TransportOptions } from './types';

export const DEFAULT_SESSION_VALIDITY_SECONDS = 1800;

// The auth server reports failures as free text; these are the phrases the Go CLI matches on.
const BAD_CREDENTIALS_PHRASES = ['Bad login credentials', 'Authentication failed', 'Badly-formed parameters'];

export class AuthClient {
  private readonly transport: Transport;

  /** Throws InsecureEndpointError for http:// to anything but loopback. */
  constructor(authEndpoint: string, opts?: TransportOptions) {
    this.transport = new Transport(authEndpoint, opts);
  }

  /** `POST /session` → the session token, exactly as sent (not trimmed). */
  async createSession(c: Credentials, o?: CallOptions): Promise<string> {
    // Every value is a string: the auth server (and the Go client) use a map of strings.
    const body: Record<string, string> = {
      username: c.username,
      password: c.password,
      validity: String(validity(c.validitySeconds)),
    };
    if (c.yubikey) body.yubikey = c.yubikey;
    if (c.secondFactor) body['2fa'] = c.secondFactor;

    const res = await this.transport.send(
      {
        method: 'POST',
        path: '/session',
        action: 'sign in',
        accept: 'text',
        bodyKind: 'session',
        body,
        secrets: [c.password, c.yubikey, c.secondFactor],
        mapStatus: (status, text, ctx) => {
          if (text.includes('Missing 2FA')) return new SecondFactorRequiredError(ctx, status);
          if (status === 401 || status === 403 || BAD_CREDENTIALS_PHRASES.some((p) => text.includes(p))) {
            return new BadCredentialsError(ctx, status);
          }
          return undefined;
        },
      },
      o,
    );
    const type = mediaType(res.contentType);
    if (type !== undefined && type !== 'text/plain') {
      // An HTML page from a proxy or captive portal must not be mistaken for a token.
      const shown = redact(res.contentType ?? '', [c.password, c.yubikey, c.secondFactor]);
      throw new InvalidResponseError(`expected a text/plain session token but the content type was "${shown}"`, res.ctx, res.status);
    }
    if (res.text === '') throw new InvalidResponseError('the session token was empty', res.ctx, res.status);
    return res.text;
  }

  /** `GET /session/{token}` (also extends the session). An unknown or expired token → UnauthorizedError. */
  async readSession(token: string, o?: CallOptions): Promise<SessionInfo> {
    return this.transport.json(
      {
        method: 'GET',
        path: sessionPath(token),
        logPath: REDACTED_SESSION_PATH,
        action: 'check your session',
        accept: 'json',
        secrets: [token],
        mapStatus: (status, _text, ctx) => (status === 404 ? new UnauthorizedError(ctx, status) : undefined),
      },
      SessionInfoSchema,
      'session',
      o,
    );
  }
}

/** Whole positive seconds; anything else would be refused as "Badly-formed parameters" and read as a wrong password. */
function validity(seconds: number | undefined): number {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds < 1) return DEFAULT_SESSION_VALIDITY_SECONDS;
  return Math.round(seconds);
}
