// Issue 8, item 12: a name (account, group, server) is either addressed exactly — the URL the
// request goes to has that name, and only it, in its place — or refused before anything is sent.
// `.` and `..` were "encoded" as `%2E%2E`, which URL parsing still resolves away.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BrainClient } from '../../src/api';
import { serverPath, sessionPath } from '../../src/api/paths';
import { UnaddressableNameError } from '../../src/api/responseErrors';
import { startScripted } from './hardening-support';

const SEED = 12_012;

const nameArb = fc.oneof(
  fc.constantFrom('.', '..', '...', '', ' ', '%2e', '%2E%2e', '.%2e', './', '/..', '\\..', '..\\', '\uD800', 'a\uDC00b', 'web1'),
  fc.string({ unit: fc.constantFrom('.', '/', '\\', '%', '2', 'e', 'E', '?', '#', ' ', 'a', '\uD83D', '\uDE00', ';', '\t'), maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.oneof(fc.integer({ min: -5, max: 1e6 }), fc.double(), fc.constant(Number.MAX_SAFE_INTEGER + 2)),
);

describe('api hardening: names in paths', () => {
  it('a name is addressed exactly or refused (fixed seed)', () => {
    fc.assert(
      fc.property(nameArb, nameArb, nameArb, (account, group, server) => {
        let path: string;
        try {
          path = serverPath({ account, group, server });
        } catch (e) {
          assert.ok(e instanceof UnaddressableNameError, String(e));
          assert.equal(e.kind, 'unaddressable-name');
          return;
        }
        const parsed = new URL(`https://uk0.bigv.io/base${path}`).pathname.split('/');
        assert.deepEqual(parsed.slice(0, 3), ['', 'base', 'accounts']);
        assert.equal(parsed.length, 8, `${JSON.stringify([account, group, server])} → ${path}`);
        assert.deepEqual(
          [parsed[3], parsed[5], parsed[7]].map((p) => decodeURIComponent(p!)),
          [account, group, server].map(String),
        );
        assert.deepEqual([parsed[4], parsed[6]], ['groups', 'virtual_machines']);
      }),
      { seed: SEED, numRuns: 5000 },
    );
  });

  it('a session token that cannot be addressed is refused too', () => {
    for (const t of ['.', '..', '']) assert.throws(() => sessionPath(t), UnaddressableNameError);
  });

  it('a refused name sends nothing and says which name', async () => {
    const srv = await startScripted();
    try {
      const brain = new BrainClient(srv.url, () => 'token');
      const err = await brain.getServer({ account: '..', group: 'web', server: 'web1' }).catch((e: unknown) => e);
      assert.ok(err instanceof UnaddressableNameError, String(err));
      assert.equal(err.part, 'account');
      assert.match(err.message, /account name "\.\." cannot be used in a request/);
      assert.equal(srv.seen.length, 0);
    } finally {
      await srv.stop();
    }
  });
});
