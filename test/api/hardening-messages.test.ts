// Issue 8, item 14: a redirect, a 429 and an untrusted certificate each get a message that says
// what happened (not "unexpected status… report this as a bug" or "check your network"); a 429
// on a GET waits as Retry-After asks; a certificate problem is not retried; and no control or
// bidirectional-override character from a response reaches a message.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { AuthClient, BrainClient } from '../../src/api';
import { BigvError } from '../../src/api/errors';
import { CertificateError, RateLimitedError, RedirectError } from '../../src/api/responseErrors';
import { useScripted, type Reply, type ScriptedServer } from './hardening-support';

const SEED = 14_014;
/** C0/C1 controls except the newlines the message templates use, and the bidi/invisible formatting characters. */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('api hardening: messages for redirects, 429, certificates and hostile text', () => {
  const scripted = useScripted();
  let srv: ScriptedServer;
  beforeEach(() => {
    srv = scripted();
  });

  it('a 3xx is a redirect, named as such and not followed (fixed seed)', async () => {
    const auth = new AuthClient(srv.url, { retryDelaysMs: [1, 1] });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(300, 301, 302, 303, 304, 307, 308), fc.webUrl(), async (status, location) => {
        srv.seen.length = 0;
        srv.reply = () => ({ status, headers: { location } });
        const err = await auth.readSession('tok').catch((e: unknown) => e);
        assert.ok(err instanceof RedirectError, String(err));
        assert.equal(err.status, status);
        assert.doesNotMatch(err.message, /report this as a bug/);
        assert.match(err.message, new RegExp(`redirect \\(HTTP ${status}\\)`));
        assert.equal(srv.seen.length, 1);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('a 429 on a GET waits as Retry-After asks, then succeeds', async () => {
    const brain = new BrainClient(srv.url, () => 't', { retryDelaysMs: [5, 5] });
    let n = 0;
    srv.reply = (): Reply => (n++ === 0 ? { status: 429, headers: { 'retry-after': '1' } } : { status: 200, headers: { 'content-type': 'application/json' }, body: '[]' });
    const started = Date.now();
    assert.deepEqual(await brain.getAccounts({}), []);
    assert.ok(Date.now() - started >= 950, `waited only ${Date.now() - started} ms`);
    assert.equal(srv.seen.length, 2);
  });

  it('a 429 says the API is busy: at once for a long Retry-After or a write', async () => {
    const brain = new BrainClient(srv.url, () => 't', { retryDelaysMs: [5, 5] });
    srv.reply = () => ({ status: 429, headers: { 'retry-after': '3600' } });
    const long = await brain.getAccounts({}).catch((e: unknown) => e);
    assert.ok(long instanceof RateLimitedError, String(long));
    assert.equal(long.kind, 'rate-limited');
    assert.equal(long.retryAfterSeconds, 3600);
    assert.match(long.message, /the BigV API is busy/);
    assert.equal(srv.seen.length, 1);
    srv.reply = () => ({ status: 429, headers: { 'retry-after': new Date(Date.now() + 2000).toUTCString() } });
    const write = await brain.servers.update({ account: 'a', group: 'g', server: 's' }, { cores: 1 }).catch((e: unknown) => e);
    assert.ok(write instanceof RateLimitedError, String(write));
    assert.ok(write.retryAfterSeconds !== undefined && write.retryAfterSeconds <= 2);
    assert.equal(srv.seen.length, 2);
  });

  it('a self-signed certificate is named and not retried', async function () {
    this.timeout(20_000);
    const dir = mkdtempSync(join(tmpdir(), 'bigv-tls-'));
    let server: https.Server | undefined;
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.pem'), '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
      let hits = 0;
      server = https.createServer({ key: readFileSync(join(dir, 'k.pem')), cert: readFileSync(join(dir, 'c.pem')) }, (_req, res) => {
        hits++;
        res.end('[]');
      });
      let handshakes = 0;
      server.on('tlsClientError', () => handshakes++);
      await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
      const { port } = server.address() as net.AddressInfo;
      const brain = new BrainClient(`https://127.0.0.1:${port}`, () => 't', { retryDelaysMs: [5, 5] });
      const err = await brain.getAccounts({}).catch((e: unknown) => e);
      assert.ok(err instanceof CertificateError, String(err));
      assert.equal(err.kind, 'certificate');
      assert.equal(err.code, 'DEPTH_ZERO_SELF_SIGNED_CERT');
      assert.match(err.message, /certificate of 127\.0\.0\.1:\d+ .*self-signed/);
      assert.doesNotMatch(err.message, /check your network connection/i);
      await new Promise((r) => setTimeout(r, 50));
      assert.equal(handshakes, 1, 'one attempt');
      assert.equal(hits, 0);
    } finally {
      await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('no control or bidi character from a body reaches a message (fixed seed)', async () => {
    const nasty = fc.string({ unit: fc.constantFrom('a', ' ', '\u0000', '\u0007', '\u001b', '\r', '\n', '\t', '\u007f', '\u0085', '\u009b', '\u200e', '\u202e', '\u2066', '\u2069', '\u061c', '\ufeff', '\u200b', '\ud800', '\udc00', 'é'), minLength: 1, maxLength: 30 });
    const auth = new AuthClient(srv.url, { retryDelaysMs: [] });
    await fc.assert(
      fc.asyncProperty(nasty, fc.constantFrom('400-json', '400-text', '500', '409', 'bad-shape', 'content-type'), async (text, where) => {
        const json = JSON.stringify(text);
        srv.reply = () => {
          if (where === '400-json') return { status: 400, headers: { 'content-type': 'application/json' }, body: `{${json}: [${json}]}` };
          if (where === '400-text') return { status: 400, body: `x${text}` };
          if (where === '500') return { status: 500, body: `x${text}` };
          if (where === '409') return { status: 409, body: `x${text}` };
          if (where === 'bad-shape') return { status: 200, headers: { 'content-type': 'application/json' }, body: `{${json}: {${json}: 1}}` };
          return { status: 200, headers: { 'content-type': `text/x; a=${text.replace(/[^\t\x20-\x7e\x80-\xff]/g, '')}` }, body: 'x' };
        };
        const call = where === 'bad-shape' ? auth.readSession('t') : auth.createSession({ username: 'u', password: 'p' });
        const err = await call.catch((e: unknown) => e);
        assert.ok(err instanceof BigvError, String(err));
        assert.doesNotMatch(err.message, UNSAFE, JSON.stringify(err.message));
        assert.doesNotMatch(JSON.stringify({ ...err }), /(?<!\\)\\u00[01]|\\u007f|[\u202a-\u202e\u2066-\u2069]/);
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });
});
