// The profile's wiring around a silent renewal: the same user's new token changes nothing shown,
// so the tree is not read again and the servers being watched stay watched.
import assert from 'node:assert/strict';
import { start } from '../../src/commands/server/start';
import { useCommandRig } from '../support/commandHarness';

describe('wiring/profileCore: a renewed session for the same user', () => {
  const { h, rig } = useCommandRig();

  it('does not reload the tree mid-command', async () => {
    const r = await rig({ renewing: true });
    const overviewReads = () => h.sim.requests.filter((q) => q.method === 'GET' && q.path.split('?')[0] === '/accounts').length;
    const before = overviewReads();
    h.sim.expireSessions();
    assert.equal(await start(r.ctx, r.node('staging')), true);
    await r.settled();
    assert.ok(r.log.some((l) => /renewed with the remembered password/.test(l)), 'the session was renewed');
    assert.equal(overviewReads(), before, 'no overview read after a renewal for the same user');
    assert.equal(h.sim.state.findServer('demo', 'web', 'staging')!.power_on, true);
  });
});
