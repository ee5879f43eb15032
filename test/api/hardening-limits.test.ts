// Issue 8, item 9: response bodies are capped per kind (the overview generously, everything else
// small), an oversized body fails with its own error and is never retried, and no message meant
// for a person grows with the body.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { AuthClient, BadRequestError, BrainClient, InvalidResponseError, ServerError, UnexpectedStatusError } from '../../src/api';
import { BigvError } from '../../src/api/errors';
import { BODY_LIMITS, MAX_MESSAGE_CHARS, readCapped, ResponseTooLargeError } from '../../src/api/limits';
import { useScripted, type ScriptedServer } from './hardening-support';

const SEED = 9_009;
const MiB = 1 << 20;

describe('api hardening: response size caps', () => {
  const scripted = useScripted();
  let srv: ScriptedServer;
  beforeEach(() => {
    srv = scripted();
  });

  it('readCapped: accepts exactly the bodies within the cap, whatever the chunking', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 20 }), fc.integer({ min: 0, max: 3000 }), async (chunks, cap) => {
        const total = chunks.reduce((a, b) => a + b, 0);
        let pulled = 0;
        const source = Readable.from(
          (function* () {
            for (const n of chunks) {
              pulled += n;
              yield Buffer.alloc(n, 'é'.charCodeAt(0) & 0x7f);
            }
          })(),
        );
        const r = await readCapped(source, cap);
        if (total <= cap) {
          assert.equal(r.overflow, false);
          assert.equal(Buffer.byteLength(r.text), total);
        } else {
          assert.equal(r.overflow, true);
          assert.ok(Buffer.byteLength(r.text) <= cap);
          assert.ok(pulled <= cap + 300, `read ${pulled} bytes past a cap of ${cap}`);
        }
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('a huge session token is refused, not accepted', async () => {
    srv.reply = () => ({ status: 200, headers: { 'content-type': 'text/plain' }, streamBytes: 4 * MiB });
    const err = await new AuthClient(srv.url).createSession({ username: 'u', password: 'p' }).catch((e: unknown) => e);
    assert.ok(err instanceof ResponseTooLargeError, String(err).slice(0, 300));
    assert.equal(err.kind, 'response-too-large');
    assert.equal(err.limitBytes, BODY_LIMITS.session);
    assert.match(err.message, /^Could not sign in: the API's answer was larger than 8 KiB/);
  });

  it('an oversized GET fails at once (declared length) or at the cap (streamed), and is never retried', async () => {
    const auth = new AuthClient(srv.url, { retryDelaysMs: [1, 1] });
    srv.reply = () => ({ status: 200, headers: { 'content-type': 'application/json', 'content-length': String(600 * MiB) }, streamBytes: 600 * MiB });
    const declared = await auth.readSession('t').catch((e: unknown) => e);
    assert.ok(declared instanceof ResponseTooLargeError, String(declared).slice(0, 300));
    srv.reply = () => ({ status: 200, headers: { 'content-type': 'application/json' }, streamBytes: BODY_LIMITS.default + 1 });
    const streamed = await auth.readSession('t').catch((e: unknown) => e);
    assert.ok(streamed instanceof ResponseTooLargeError, String(streamed).slice(0, 300));
    assert.equal(srv.seen.length, 2, 'one request each');
  });

  it('the overview is allowed far more than other reads, but not without limit', async () => {
    const brain = new BrainClient(srv.url, () => 't', { retryDelaysMs: [1] });
    const big = `[${' '.repeat(8 * MiB)}]`;
    srv.reply = () => ({ status: 200, headers: { 'content-type': 'application/json' }, body: big });
    assert.deepEqual(await brain.getAccounts({}), []);
    srv.reply = () => ({ status: 200, headers: { 'content-type': 'application/json' }, streamBytes: BODY_LIMITS.overview + 1 });
    const err = await brain.getAccounts({}).catch((e: unknown) => e);
    assert.ok(err instanceof ResponseTooLargeError, String(err).slice(0, 300));
    assert.equal(srv.seen.length, 2);
  });

  it('no message grows with the body: 400/4xx/5xx bodies of any size and shape (fixed seed)', async () => {
    const auth = new AuthClient(srv.url, { retryDelaysMs: [] });
    const long = (max: number) => fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max })).map(([s, n]) => s.repeat(Math.ceil(n / s.length)));
    const body = fc.oneof(
      long(MiB).map((s) => ({ ct: 'text/plain', body: s })),
      fc.dictionary(long(2000), fc.array(long(3000), { maxLength: 20 }), { maxKeys: 40, size: 'max' }).map((d) => ({ ct: 'application/json', body: JSON.stringify(d) })),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(400, 409, 418, 500, 503), body, async (status, b) => {
        srv.reply = () => ({ status, headers: { 'content-type': b.ct }, body: b.body });
        const err = await auth.createSession({ username: 'u', password: 'pw-x' }).catch((e: unknown) => e);
        assert.ok(err instanceof BigvError, String(err).slice(0, 300));
        assert.ok(err.message.length <= MAX_MESSAGE_CHARS, `${err.kind}: ${err.message.length} characters: ${err.message.slice(0, 200)}`);
        assert.ok(err.reason.length <= MAX_MESSAGE_CHARS);
        if (err instanceof BadRequestError) assert.ok(JSON.stringify(err.problems).length <= 4 * MAX_MESSAGE_CHARS);
        if (err instanceof ServerError || err instanceof UnexpectedStatusError) assert.ok(err.bodyExcerpt.length <= MAX_MESSAGE_CHARS);
      }),
      { seed: SEED, numRuns: 150, endOnFailure: true },
    );
  });

  it('errors built directly are capped too', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 20_000, size: 'max' }), (detail) => {
        const e = new InvalidResponseError(detail, { action: 'x', endpoint: 'GET /x' });
        assert.ok(e.message.length <= MAX_MESSAGE_CHARS);
        assert.ok(e.detail.length <= MAX_MESSAGE_CHARS);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
