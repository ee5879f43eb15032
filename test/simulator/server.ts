// The HTTP front: one loopback server plays both the auth server (/session…) and the brain.
// Order per request: faults (drop, delay, fail) → auth or definitions or brain → malformed
// rewrite → log. Tokens never reach the log: /session/{token} paths are masked.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { bearerToken, createSession, readSession, type Sessions } from './auth';
import type { Brain } from './brain';
import { definitionsBody } from './definitions';
import type { FaultTable } from './faults';
import { json, text, type Reply, type SimRequest } from './http';
import type { SimUser } from './types';

const MAX_BODY_BYTES = 1024 * 1024;

export interface RequestRecord {
  method: string;
  path: string; // tokens masked
  query: string; // without the leading '?'
  status: number; // 0 when the connection was dropped by a fault
  auth: boolean; // an Authorization header was sent
}

export interface Backend {
  brain(): Brain;
  sessions(): Sessions;
  users: SimUser[];
  faults: FaultTable;
  requests: RequestRecord[];
  log?: (line: string) => void;
}

export function maskPath(pathname: string): string {
  return pathname.replace(/^\/session\/[^/]+/, '/session/<redacted>');
}

function maskQuery(search: string): string {
  return search.replace(/^\?/, '').replace(/(^|&)(auth_token|token)=[^&]*/gi, '$1$2=<redacted>');
}

function route(req: SimRequest, b: Backend): Reply {
  const [root, ...rest] = req.segments;
  if (root === 'session') {
    if (rest.length === 0) return req.method === 'POST' ? createSession(req, b.users, b.sessions()) : { ...text(405, 'Use POST /session'), headers: { allow: 'POST' } };
    if (rest.length === 1) return req.method === 'GET' ? readSession(rest[0]!, b.users, b.sessions()) : { ...text(405, 'Use GET /session/{token}'), headers: { allow: 'GET' } };
    return text(404, 'Not found');
  }
  if (root === 'definitions' && rest.length === 0) {
    // Definitions need no session, so a stale Authorization header is ignored rather than refused.
    return req.method === 'GET' ? json(200, definitionsBody()) : { ...text(405, 'Use GET /definitions'), headers: { allow: 'GET' } };
  }
  const token = bearerToken(req);
  // `apikey.`-prefixed tokens are API keys: checked by the brain itself, no session involved.
  const keyActor = token?.startsWith('apikey.') ? b.brain().actorForApiKey(token, b.users) : undefined;
  const session = token === undefined || keyActor ? undefined : b.sessions().touch(token);
  const user = keyActor?.user ?? (session && b.users.find((u) => u.username === session.username));
  if (!user) {
    return {
      ...text(401, token === undefined
        ? 'Unauthorized: send "Authorization: Bearer <session token>" (POST /session to get one) or "Bearer apikey.<key>"'
        : 'Unauthorized: the session token is invalid or has expired; log in again with POST /session'),
      headers: { 'www-authenticate': 'Bearer' },
    };
  }
  return b.brain().handle(req, keyActor ?? { user });
}

function readBody(req: http.IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY_BYTES) chunks.push(c);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function decodeSegments(pathname: string): string[] | undefined {
  try {
    // Go's url.QueryEscape turns spaces into '+'; no name the API allows contains a '+'.
    return pathname.split('/').filter((s) => s !== '').map((s) => decodeURIComponent(s.replace(/\+/g, ' ')));
  } catch {
    return undefined;
  }
}

export interface Listening {
  server: http.Server;
  port: number;
  close(): Promise<void>;
}

export async function listen(b: Backend, host: string, port: number): Promise<Listening> {
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    const handle = async () => {
      const started = Date.now();
      const method = (req.method ?? 'GET').toUpperCase();
      const url = new URL(req.url ?? '/', 'http://simulator');
      const path = maskPath(url.pathname);
      const record: RequestRecord = { method, path, query: maskQuery(url.search), status: 0, auth: req.headers.authorization !== undefined };
      const finish = (reply: Reply | undefined) => {
        if (reply && res.destroyed) {
          record.status = reply.status; // the client went away; nothing to write to
        } else if (reply) {
          record.status = reply.status;
          const headers: Record<string, string> = { ...reply.headers };
          if (reply.contentType) headers['content-type'] = reply.contentType;
          const body = reply.status === 204 || reply.body === undefined ? undefined : Buffer.from(reply.body);
          if (body) headers['content-length'] = String(body.length);
          res.writeHead(reply.status, headers);
          res.end(body);
        } else {
          req.socket.destroy();
        }
        b.requests.push(record);
        b.log?.(`${method} ${path}${record.query ? `?${record.query}` : ''} → ${record.status || 'dropped'} (${Date.now() - started} ms)`);
      };

      const body = await readBody(req);
      const target = url.pathname + url.search; // what faults match on
      if (b.faults.takeDrop(method, target)) return finish(undefined);
      const delay = b.faults.takeDelay(method, target);
      const wait = (): Promise<void> => new Promise<void>((resolve) => {
        const t = setTimeout(() => { timers.delete(t); resolve(); }, delay.ms);
        timers.add(t);
      });
      if (delay.ms > 0 && !delay.afterWrite) await wait();
      const failure = b.faults.takeFailure(method, target);
      if (failure) return finish(failure);
      if (body === 'too-large') return finish(text(413, `Request body larger than ${MAX_BODY_BYTES} bytes`));
      const segments = decodeSegments(url.pathname);
      if (!segments) return finish(text(400, 'Badly-encoded path'));
      const simReq: SimRequest = { method, pathname: url.pathname, segments, query: url.searchParams, headers: req.headers, body };
      let reply: Reply;
      try {
        reply = route(simReq, b);
      } catch (e) {
        reply = text(500, `Simulator bug: ${e instanceof Error ? e.message : String(e)}`);
      }
      if (delay.ms > 0 && delay.afterWrite) await wait();
      finish(b.faults.maybeMalform(method, target, reply));
    };
    handle().catch((e: unknown) => {
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`Simulator bug: ${e instanceof Error ? e.message : String(e)}`);
      } else req.socket.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => { server.off('error', reject); resolve(); });
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    server,
    port: actualPort,
    close: () => new Promise<void>((resolve) => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
