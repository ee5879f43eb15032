// Every path segment is encoded on its own, so a name containing `/`, `?` or `%` can never
// address a different resource than the one the user picked. A name no encoding can carry is
// refused: URL parsing resolves `.` and `..` (and `%2E%2E`) away, an empty segment changes the
// path's shape, and a lone surrogate cannot be encoded at all.
import { UnaddressableNameError } from './responseErrors';
import type { ServerRef } from './types';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const SHOWN_CHARS = 60;

/** One encoded path segment; throws UnaddressableNameError for a name that cannot be one. */
export function seg(v: string | number, part = 'resource'): string {
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v) || v < 0) throw new UnaddressableNameError(part, String(v));
    return String(v);
  }
  if (v === '' || v === '.' || v === '..' || LONE_SURROGATE.test(v)) {
    // A session token is a secret even when it is unusable.
    throw new UnaddressableNameError(part, part === 'session' ? '<redacted>' : shown(v));
  }
  return encodeURIComponent(v);
}

function shown(v: string): string {
  const visible = v.replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD');
  return visible.length > SHOWN_CHARS ? `${visible.slice(0, SHOWN_CHARS)}…` : visible;
}

export function serverPath(ref: ServerRef): string {
  return `/accounts/${seg(ref.account, 'account')}/groups/${seg(ref.group, 'group')}/virtual_machines/${seg(ref.server, 'server')}`;
}

export function sessionPath(token: string): string {
  return `/session/${seg(token, 'session')}`;
}

/** The same path with the token hidden: what logs and error messages show. */
export const REDACTED_SESSION_PATH = '/session/<redacted>';

/** How a server is named to a person: `web1.default.demo` (the Go CLI's notation), ids shown as `#12`. */
export function describeServer(ref: ServerRef): string {
  const part = (v: string | number) => (typeof v === 'number' ? `#${v}` : v);
  return `server ${part(ref.server)}.${part(ref.group)}.${part(ref.account)}`;
}
