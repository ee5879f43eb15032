// Issue 8, item 13: an endpoint setting that cannot be used is refused with a message naming the
// setting; it never silently becomes another server (the production default), and neither the
// warning nor the error ever repeats a user name or password typed into the URL. `*.localhost`
// counts as this computer only when it resolves to loopback.
import assert from 'node:assert/strict';
import dns from 'node:dns';
import fc from 'fast-check';
import { AuthClient, BrainClient } from '../../src/api';
import { DEFAULTS, readSettings } from '../../src/config/settings';
import { startScripted } from '../api/hardening-support';

const SEED = 13_013;
const source = (values: Record<string, unknown>) => ({ get: <T>(k: string) => values[k] as T | undefined });

const password = fc
  .tuple(fc.string({ unit: fc.constantFrom(...'Qz7Kx9'), minLength: 4, maxLength: 4 }), fc.string({ unit: fc.constantFrom(...'ab%20@:/?#é'), maxLength: 6 }))
  .map(([a, b]) => a + b);
const host = fc.constantFrom('uk0.bigv.io', 'example.com', '127.0.0.1', 'localhost', '[::1]', '10.0.0.1', 'x.localhost');
const scheme = fc.constantFrom('https', 'http', 'wss', 'ftp', 'javascript', 'file', 'HTTPS');
const port = fc.constantFrom('', ':443', ':0', ':65536', ':99999', ':-1', ':abc', ':8080', ':');
const tail = fc.constantFrom('', '/', '/bigv/', '?token=1', '#x', '/a?b');

/** An endpoint setting and, when it carries one, the password in it. */
const endpointArb = fc.oneof(
  fc.tuple(scheme, host, port, tail).map(([s, h, p, t]) => ({ raw: `${s}://${h}${p}${t}`, secret: undefined as string | undefined })),
  fc.tuple(scheme, fc.constantFrom('me', 'a@b'), password, host, port, tail).map(([s, u, pw, h, p, t]) => ({ raw: `${s}://${encodeURIComponent(u)}:${pw}@${h}${p}${t}`, secret: pw })),
  fc.tuple(fc.constantFrom('javascript:alert(1)', 'not a url', 'uk0.bigv.io', '//uk0.bigv.io', 'https//x'), fc.constant(undefined)).map(([raw, secret]) => ({ raw, secret })),
);

describe('settings hardening: endpoint settings', () => {
  it('an unusable endpoint is refused naming the setting, never replaced by another server (fixed seed)', () => {
    fc.assert(
      fc.property(endpointArb, fc.constantFrom('apiEndpoint' as const, 'authEndpoint' as const), ({ raw, secret }, key) => {
        const warnings: string[] = [];
        const s = readSettings(source({ [key]: raw }), (w) => warnings.push(w));
        const value = s[key];
        let built: unknown;
        try {
          if (key === 'authEndpoint') new AuthClient(value);
          else new BrainClient(value, () => undefined);
        } catch (e) {
          built = e;
        }
        const texts = [...warnings, value, built instanceof Error ? built.message : '', JSON.stringify(built ?? null), JSON.stringify(s)];
        if (secret !== undefined) {
          for (const t of texts) assert.ok(!t.includes(secret), `password repeated: ${t}`);
        }
        if (built === undefined) {
          // Accepted: then it is exactly the address typed (normalised), not a substitute.
          assert.equal(warnings.length, 0, warnings.join('\n'));
          assert.ok(value.startsWith('https://') || value.startsWith('http://'), value);
          assert.ok(raw.trim().toLowerCase().includes(new URL(value).hostname.replace(/^\[|\]$/g, '')), `${raw} became ${value}`);
          return;
        }
        assert.notEqual(value, DEFAULTS[key], `${raw} silently became the default`);
        assert.equal((built as { kind?: string }).kind, 'endpoint-setting', String(built));
        assert.match((built as Error).message, new RegExp(`^bigv\\.${key}: `));
        assert.equal(warnings.length, 1);
        assert.match(warnings[0]!, new RegExp(`bigv\\.${key}`));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('says what is wrong: credentials, scheme, port', () => {
    const why = (raw: string) => {
      const s = readSettings(source({ apiEndpoint: raw }));
      try {
        new BrainClient(s.apiEndpoint, () => undefined);
      } catch (e) {
        return (e as Error).message;
      }
      return 'accepted';
    };
    assert.equal(why('https://me:hunter2@uk0.bigv.io'), 'bigv.apiEndpoint: "https://uk0.bigv.io" cannot be used: it must not contain a user name or password (sign in instead). Fix it in Settings.');
    assert.match(why('wss://uk0.bigv.io'), /^bigv\.apiEndpoint: "wss:" cannot be used: only https:\/\/ addresses are supported/);
    assert.match(why('javascript:alert(1)'), /^bigv\.apiEndpoint: "javascript:" cannot be used/);
    assert.match(why('https://uk0.bigv.io:99999'), /the port must be a number from 1 to 65535/);
    assert.match(why('http://example.com'), /plain http would send your password/);
    assert.equal(why('http://127.0.0.1:4000/'), 'accepted');
  });

  describe('*.localhost over plain http', () => {
    const realLookup = dns.lookup;
    afterEach(() => {
      (dns as { lookup: unknown }).lookup = realLookup;
    });
    const resolveTo = (address: string, family: number) => {
      (dns as { lookup: unknown }).lookup = (_h: string, o: unknown, cb?: (e: Error | null, a: unknown, f?: number) => void) => {
        const done = typeof o === 'function' ? (o as typeof cb)! : cb!;
        const all = typeof o === 'object' && o !== null && (o as { all?: boolean }).all;
        process.nextTick(() => (all ? done(null, [{ address, family }]) : done(null, address, family)));
      };
    };

    it('is refused when it resolves elsewhere; nothing is sent', async () => {
      resolveTo('10.255.255.1', 4);
      const err = await new AuthClient('http://evil.localhost:9', { timeoutMs: 500 }).readSession('tok').catch((e: unknown) => e);
      assert.equal((err as { kind?: string }).kind, 'insecure-endpoint', String(err));
      assert.match(String((err as Error).message), /does not resolve to this computer/);
    });

    it('is used when it resolves to loopback', async () => {
      const srv = await startScripted();
      try {
        srv.reply = () => ({ status: 200, headers: { 'content-type': 'application/json' }, body: '{"username":"u","factors":[]}' });
        resolveTo('127.0.0.1', 4);
        const port = new URL(srv.url).port;
        const info = await new AuthClient(`http://dev.localhost:${port}`).readSession('tok');
        assert.equal(info.username, 'u');
      } finally {
        await srv.stop();
      }
    });
  });
});
