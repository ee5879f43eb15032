// How much of a response body is read. The account overview of a large customer is big; nothing
// else the API sends is more than a few kilobytes, and an error body is only ever excerpted.
// Reading stops at the cap, so a hostile or broken server cannot exhaust memory.
import { ResponseTooLargeError } from './responseErrors';

export { describeBytes, ResponseTooLargeError } from './responseErrors';
export { MAX_MESSAGE_CHARS } from './safeText';

const KiB = 1024;
const MiB = 1024 * KiB;

/**
 * The overview's cap is what a large real estate can weigh: a server's entry with its discs and
 * NICs is about 0.9 KiB (2 KiB allows for several of each), and 163,840 servers is more than the
 * 150,000 a large estate must load. 64 MiB stopped loading at about 75,000 servers. 320 MiB stays well
 * under V8's longest string (512 MiB), so a body without end is refused before it is decoded.
 */
const OVERVIEW_SERVERS = 160 * 1024;
const SERVER_ENTRY_BYTES = 2 * KiB;

export const BODY_LIMITS = {
  /** `GET /accounts?view=overview` (and one account's): every server of every account in one body. */
  overview: OVERVIEW_SERVERS * SERVER_ENTRY_BYTES,
  /** The session token from `POST /session`. */
  session: 8 * KiB,
  /** A flat list (`GET /virtual_machines`, a group's servers, privileges…): grows with the estate. */
  list: 32 * MiB,
  /** Any other successful body (one server, definitions, session info). */
  default: 2 * MiB,
  /** A non-2xx body: only its start is ever shown. */
  error: 64 * KiB,
} as const;

export type BodyKind = keyof typeof BODY_LIMITS;

/** A collection, not one item: the path ends in the name of a list. */
const LIST_PATH = /\/(accounts|groups|virtual_machines|discs|backups|backup_schedules|nics|ips|privileges|api_keys|users)$/;

/** The kind of a successful body, from the request: the overview is `GET /accounts[?…]`. */
export function bodyKind(req: { method: string; path: string; bodyKind?: BodyKind }): BodyKind {
  if (req.bodyKind) return req.bodyKind;
  if (req.method !== 'GET') return 'default';
  const path = req.path.split('?')[0]!;
  if (path === '/accounts') return 'overview';
  return LIST_PATH.test(path) ? 'list' : 'default';
}

export interface CappedBody {
  text: string;
  /** More than `limit` bytes were sent (or declared); `text` holds at most `limit` of them. */
  overflow: boolean;
}

type Body = AsyncIterable<Uint8Array> & { destroy?: () => unknown; on?: (event: 'error', listener: () => void) => unknown };

/**
 * Drops the rest of a body. undici's body answers a destroy before its end with an `AbortError`
 * event; with no listener that event is an uncaught exception, so one that ignores it is added.
 */
function discard(body: Body): void {
  body.on?.('error', () => undefined);
  body.destroy?.();
}

/** Reads a body up to `limit` bytes; stops (and destroys the stream) as soon as it is exceeded. */
export async function readCapped(body: Body, limit: number, declaredLength?: number): Promise<CappedBody> {
  if (declaredLength !== undefined && declaredLength > limit) {
    discard(body);
    return { text: '', overflow: true };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = false;
  for await (const chunk of body) {
    const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (size + buf.length > limit) {
      chunks.push(buf.subarray(0, limit - size));
      size = limit;
      overflow = true;
      // Before `break`: leaving the loop destroys the stream too.
      discard(body);
      break;
    }
    chunks.push(buf);
    size += buf.length;
  }
  return { text: new TextDecoder().decode(Buffer.concat(chunks, size)), overflow };
}

export function tooLarge(kind: BodyKind, ctx: ConstructorParameters<typeof ResponseTooLargeError>[1], status: number): ResponseTooLargeError {
  return new ResponseTooLargeError(BODY_LIMITS[kind], ctx, status);
}
