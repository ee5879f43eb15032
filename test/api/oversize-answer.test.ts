// Issue 17, item 7: a body over its cap, announced by its content-length (a proxy's 14 KB page
// for POST /session), ends in the clear "answer too large" error and nothing else: dropping the
// rest of the body must not leave an error on undici's stream that nobody listens to.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { AuthClient } from '../../src/api';
import { readCapped, ResponseTooLargeError, type CappedBody } from '../../src/api/limits';
import { useScripted, type ScriptedServer } from './hardening-support';

/** Everything that reached the process's last-resort handlers while `run` ran (and a moment after). */
async function strays(run: () => Promise<void>): Promise<unknown[]> {
  const seen: unknown[] = [];
  const onError = (e: unknown) => seen.push(e);
  // Mocha's own handler would fail some later test instead; this one is held to account here.
  const mochaHandlers = process.listeners('uncaughtException');
  process.removeAllListeners('uncaughtException');
  process.on('uncaughtException', onError);
  process.on('unhandledRejection', onError);
  try {
    await run();
    // The stray errors come a few turns of the event loop after the call has settled.
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 20));
  } finally {
    process.off('uncaughtException', onError);
    process.off('unhandledRejection', onError);
    for (const h of mochaHandlers) process.on('uncaughtException', h);
  }
  return seen;
}

/** A body that, like undici's, errors when it is destroyed before its end was read. */
class AbortingBody extends Readable {
  constructor(private left: number) {
    super();
  }
  override _read(): void {
    const n = Math.min(this.left, 8);
    this.left -= n;
    this.push(n ? Buffer.alloc(n, 'x') : null);
  }
  override destroy(err?: Error): this {
    const aborted = Object.assign(new Error('Request aborted'), { name: 'AbortError' });
    return super.destroy(err ?? (this.readableEnded ? undefined : aborted));
  }
}

const page = (bytes: number) => `<html><body>${'x'.repeat(bytes)}</body></html>`;

describe('api: an answer over its cap with a content-length', () => {
  const scripted = useScripted();
  let srv: ScriptedServer;
  beforeEach(() => {
    srv = scripted();
  });

  it('sign-in: a 14 KB answer to POST /session is "too large", with no uncaught error', async () => {
    const body = page(14 * 1024);
    srv.reply = () => ({ status: 200, headers: { 'content-type': 'text/plain', 'content-length': String(Buffer.byteLength(body)) }, body });
    let err: unknown;
    const seen = await strays(async () => {
      err = await new AuthClient(srv.url).createSession({ username: 'u', password: 'p' }).catch((e: unknown) => e);
    });
    assert.ok(err instanceof ResponseTooLargeError, String(err));
    assert.match(err.message, /^Could not sign in: the API's answer was larger than 8 KiB/);
    assert.deepEqual(seen.map(String), []);
  });

  it('readCapped (its every caller): dropping a body undici-style, declared or streamed too large, leaves no error unheard', async () => {
    for (const declared of [true, false]) {
      const body = new AbortingBody(64);
      let got: CappedBody | undefined;
      const seen = await strays(async () => {
        got = await readCapped(body, 16, declared ? 64 : undefined);
      });
      assert.equal(got?.overflow, true);
      assert.ok(body.destroyed, 'the rest of the body is dropped');
      assert.deepEqual(seen.map(String), [], declared ? 'declared' : 'streamed');
    }
  });
});
