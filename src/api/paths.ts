// Every path segment is encoded on its own, so a name containing `/`, `?` or `%` can never
// address a different resource than the one the user picked.
import type { ServerRef } from './types';

export function seg(v: string | number): string {
  const s = String(v);
  // encodeURIComponent leaves dots alone, and URL parsing would resolve `.`/`..` segments away.
  if (s === '.' || s === '..') return s.replace(/\./g, '%2E');
  return encodeURIComponent(s);
}

export function serverPath(ref: ServerRef): string {
  return `/accounts/${seg(ref.account)}/groups/${seg(ref.group)}/virtual_machines/${seg(ref.server)}`;
}

export function sessionPath(token: string): string {
  return `/session/${seg(token)}`;
}

/** The same path with the token hidden: what logs and error messages show. */
export const REDACTED_SESSION_PATH = '/session/<redacted>';

/** How a server is named to a person: `web1.default.demo` (the Go CLI's notation), ids shown as `#12`. */
export function describeServer(ref: ServerRef): string {
  const part = (v: string | number) => (typeof v === 'number' ? `#${v}` : v);
  return `server ${part(ref.server)}.${part(ref.group)}.${part(ref.account)}`;
}
