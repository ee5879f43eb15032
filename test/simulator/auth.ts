// The auth server: POST /session and GET /session/{token}, and the sessions the brain checks.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { json, mediaType, text, isJsonMediaType, type Reply, type SimRequest } from './http';
import type { SimUser } from './types';

/** The real cap on "validity" (the Go CLI's help: "max 3600"). */
export const MAX_VALIDITY_SECONDS = 3600;

export interface Session {
  token: string;
  username: string;
  factors: string[];
  expiresAt: number;
}

export class Sessions {
  private readonly byToken = new Map<string, Session>();

  constructor(private readonly ttlSeconds: number) {}

  create(username: string, factors: string[], requestedValidity: number | undefined): string {
    const token = randomBytes(32).toString('hex');
    // A TTL below the real five minutes is a test setting: it caps the requested validity too,
    // so an expiry test does not depend on how long the client asked the session to live.
    const max = this.ttlSeconds < 300 ? this.ttlSeconds : Math.max(MAX_VALIDITY_SECONDS, this.ttlSeconds);
    const validity = Math.min(requestedValidity ?? this.ttlSeconds, max);
    this.byToken.set(token, { token, username, factors, expiresAt: Date.now() + validity * 1000 });
    return token;
  }

  /** A live session, its expiry slid forward ("extends this by five minutes"); expired ones are forgotten. */
  touch(token: string): Session | undefined {
    const s = this.byToken.get(token);
    if (!s) return undefined;
    const now = Date.now();
    if (now >= s.expiresAt) {
      this.byToken.delete(token);
      return undefined;
    }
    s.expiresAt = Math.max(s.expiresAt, now + this.ttlSeconds * 1000);
    return s;
  }

  expireAll(): void {
    this.byToken.clear();
  }
}

export function bearerToken(req: SimRequest): string | undefined {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return m?.[1];
}

const BADLY_FORMED = 'Badly-formed parameters';
const BAD_CREDENTIALS = 'Bad login credentials';

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The credential hash, JSON (documented) or form-encoded (what bigv-python sends). */
function credentialFields(req: SimRequest): Record<string, unknown> | 'bad-content-type' | 'badly-formed' {
  const type = mediaType(req.headers);
  const raw = req.body.toString('utf8');
  if (type === 'application/x-www-form-urlencoded') return Object.fromEntries(new URLSearchParams(raw));
  if (!isJsonMediaType(type)) return 'bad-content-type';
  try {
    const v: unknown = JSON.parse(raw);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : 'badly-formed';
  } catch {
    return 'badly-formed';
  }
}

export function createSession(req: SimRequest, users: SimUser[], sessions: Sessions): Reply {
  const fields = credentialFields(req);
  if (fields === 'bad-content-type') return text(400, 'Bad content-type');
  if (fields === 'badly-formed') return text(400, BADLY_FORMED);
  const { username, password, yubikey, validity } = fields;
  const secondFactor = fields['2fa'];
  const optionalString = (v: unknown) => v === undefined || typeof v === 'string';
  if (typeof username !== 'string' || username === '' || typeof password !== 'string' ||
      !optionalString(yubikey) || !optionalString(secondFactor)) {
    return text(400, BADLY_FORMED);
  }
  let validitySeconds: number | undefined;
  if (validity !== undefined) {
    // The Go client sends a string ("1800"); a bare number is accepted as the same thing.
    const v = typeof validity === 'number' ? String(validity) : validity;
    if (typeof v !== 'string' || !/^\d+$/.test(v) || Number(v) <= 0) return text(400, BADLY_FORMED);
    validitySeconds = Number(v);
  }

  const user = users.find((u) => u.username === username);
  if (!user || !sameSecret(password, user.password)) return text(403, BAD_CREDENTIALS);
  const factors = ['password'];
  if (user.secondFactor !== undefined) {
    if (secondFactor === undefined || secondFactor === '') return text(403, 'Missing 2FA');
    if (!sameSecret(secondFactor, user.secondFactor)) return text(403, BAD_CREDENTIALS);
    factors.push('2fa');
  }
  if (typeof yubikey === 'string' && yubikey !== '') factors.push('yubikey');

  const token = sessions.create(user.username, factors, validitySeconds);
  return { status: 200, contentType: 'text/plain', body: token }; // no trailing newline: clients use the raw body
}

export function readSession(token: string, users: SimUser[], sessions: Sessions): Reply {
  const s = sessions.touch(token);
  if (!s) return text(404, 'No such session');
  const user = users.find((u) => u.username === s.username);
  return json(200, { username: s.username, factors: s.factors, group_memberships: user?.groupMemberships ?? [] });
}
