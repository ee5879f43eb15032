// Issue 23 item 4: the overview's cap lets a real estate of 150,000 servers through (64 MiB
// stopped at about 75,000) and still refuses a body without end, for the whole overview and for
// one account's, with the "answer was larger than" error and one request each.
import assert from 'node:assert/strict';
import { AuthClient, BrainClient } from '../../src/api';
import { BODY_LIMITS, ResponseTooLargeError } from '../../src/api/limits';
import { startSimulator } from '../simulator';
import { useScripted, type ScriptedServer } from './hardening-support';

describe('api: the overview\'s cap', () => {
  const scripted = useScripted();
  let srv: ScriptedServer;
  beforeEach(() => {
    srv = scripted();
  });

  it('fits 150,000 servers as the simulator serves them, twice over (room for more discs and NICs)', async () => {
    const sim = await startSimulator({ port: 0, vms: 2000, transitionMs: 0 });
    try {
      const token = await new AuthClient(sim.url).createSession({ username: 'demo', password: 'demo-password' });
      const res = await fetch(`${sim.url}/accounts?view=overview&include_deleted=true`, { headers: { authorization: `Bearer ${token}` } });
      const perServer = Buffer.byteLength(await res.text()) / 2000;
      assert.ok(BODY_LIMITS.overview >= 150_000 * perServer * 2, `${BODY_LIMITS.overview} bytes for servers of ${perServer.toFixed(0)} bytes`);
    } finally {
      await sim.stop();
    }
    // Under V8's longest string, so what is read can always be decoded and refused in words.
    assert.ok(BODY_LIMITS.overview < 512 * 1024 * 1024);
  });

  it('a body without end is refused as too large, for the overview and for one account\'s', async function () {
    this.timeout(60_000);
    const brain = new BrainClient(srv.url, () => 't', { retryDelaysMs: [1] });
    srv.reply = () => ({ status: 200, headers: { 'content-type': 'application/json' }, streamBytes: Number.POSITIVE_INFINITY });
    for (const read of [() => brain.getOverview({}), () => brain.getAccountOverview(1)]) {
      const err = await read().catch((e: unknown) => e);
      assert.ok(err instanceof ResponseTooLargeError, String(err).slice(0, 300));
      assert.match(err.message, /answer was larger than 320 MiB/);
    }
    assert.equal(srv.seen.length, 2, 'one request each, never retried');
  });
});
