// An API key's expiry in words, and the expiry dates Create API Key offers. No vscode import.
import * as l10n from '@vscode/l10n';

export interface ApiKeyState {
  expired: boolean;
  /** "never expires", "expires 12 Mar 2027", "expired 1 Jan 2026", or the API's text when it is not a date. */
  words: string;
}

const DAY = 24 * 3600 * 1000;

/** When `expiresAt` is a date the brain could have sent (RFC 3339 or `YYYY-MM-DD[ hh:mm:ss]`), its time; else undefined. */
export function expiryTime(expiresAt: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?$/i.exec(expiresAt.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', zone] = m;
  // A date that does not exist (31 February) is not one, whatever Date.parse would roll it into.
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (day.getUTCMonth() !== Number(mo) - 1 || day.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined;
  const offset = zone && /^[+-]/.test(zone) ? zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2') : 'Z';
  const t = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
  return Number.isFinite(t) ? t : undefined;
}

export function apiKeyState(expiresAt: string | null | undefined, now: number, locale?: string): ApiKeyState {
  if (expiresAt === undefined || expiresAt === null || expiresAt.trim() === '') return { expired: false, words: l10n.t('never expires') };
  const t = expiryTime(expiresAt);
  if (t === undefined) return { expired: false, words: l10n.t('expires {0}', expiresAt.slice(0, 40)) };
  const date = new Date(t).toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric' });
  return t <= now ? { expired: true, words: l10n.t('expired {0}', date) } : { expired: false, words: l10n.t('expires {0}', date) };
}

/** The expiry choices of Create API Key, as the `expires_at` the brain takes (RFC 3339, UTC midnight). */
export function expiryIn(days: number, now: number): string {
  const d = new Date(now + days * DAY);
  return `${d.toISOString().slice(0, 10)}T00:00:00Z`;
}

/** A typed `YYYY-MM-DD` that is a real date after today, as `expires_at`; else why not. */
export function typedExpiry(text: string, now: number): { ok: true; value: string } | { ok: false; why: string } {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(text);
  const t = m ? Date.parse(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`) : NaN;
  if (!m || !Number.isFinite(t) || new Date(t).getUTCDate() !== Number(m[3])) return { ok: false, why: l10n.t('Enter a date as YYYY-MM-DD, e.g. {0}.', expiryIn(30, now).slice(0, 10)) };
  if (t <= now) return { ok: false, why: l10n.t('Choose a date after today: a key that has expired cannot be used.') };
  return { ok: true, value: `${m[1]}-${m[2]}-${m[3]}T00:00:00Z` };
}
