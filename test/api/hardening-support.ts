// A loopback HTTP server whose every answer the test scripts (status, headers, body, or a body
// streamed in chunks), for the hostile-response tests that the simulator's faults cannot express.
import http from 'node:http';
import type net from 'node:net';

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Streams this many bytes of `x` (no content-length unless given in headers). */
  streamBytes?: number;
}

export interface ScriptedServer {
  url: string;
  /** Every request seen: method and path. */
  seen: Array<{ method: string; path: string }>;
  reply: (req: http.IncomingMessage) => Reply;
  stop(): Promise<void>;
}

export async function startScripted(): Promise<ScriptedServer> {
  const s = { seen: [], reply: () => ({ status: 200 }) } as unknown as ScriptedServer;
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    s.seen.push({ method: req.method ?? '', path: req.url ?? '' });
    req.resume();
    req.on('end', () => {
      const r = s.reply(req);
      res.writeHead(r.status, r.headers ?? {});
      if (r.streamBytes === undefined) return res.end(r.body ?? '');
      const chunk = Buffer.alloc(1 << 20, 'x');
      let left = r.streamBytes;
      const pump = (): void => {
        while (left > 0) {
          const n = Math.min(left, chunk.length);
          left -= n;
          if (!res.write(n === chunk.length ? chunk : chunk.subarray(0, n))) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('error', () => undefined);
      pump();
    });
  });
  server.on('connection', (c) => {
    sockets.add(c);
    c.on('close', () => sockets.delete(c));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  s.url = `http://127.0.0.1:${port}`;
  s.stop = () =>
    new Promise<void>((r) => {
      for (const c of sockets) c.destroy();
      server.close(() => r());
    });
  return s;
}

/** Everything a caller or log could show: messages, properties, the log events. */
export function haystacks(errors: unknown[], events: unknown[]): string[] {
  const out: string[] = [];
  for (const e of errors) {
    out.push(String(e), JSON.stringify(e), JSON.stringify(Object.assign({}, e, { message: (e as Error).message })));
  }
  for (const e of events) out.push(JSON.stringify(e));
  return out;
}

/**
 * One scripted server per `describe`, its request log emptied before each test. `srv()` reads
 * the live server (it exists only once the `before` hook has run).
 */
export function useScripted(): () => ScriptedServer {
  let srv: ScriptedServer | undefined;
  before(async () => {
    srv = await startScripted();
  });
  after(async () => {
    await srv?.stop();
  });
  beforeEach(() => {
    if (srv) srv.seen.length = 0;
  });
  return () => srv!;
}
