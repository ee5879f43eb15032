import assert from 'node:assert/strict';
import { reset } from '../../../src/commands/server/reset';
import { useCommandRig } from '../../support/commandHarness';
import { assertNoWrites, assertSaid } from './power';

describe('command: reset', () => {
  const { h, rig } = useCommandRig();

  it('asks, then sends the reset signal, and says it is done', async () => {
    const r = await rig();
    r.ui.script('ask', 'Reset');
    assert.equal(await reset(r.ctx, r.node('web1')), true);
    await r.settled();
    assert.equal(h.sim.state.findServer('demo', 'web', 'web1')!.lastSignal?.signal, 'reset');
    assertSaid(r, /Reset web1\.web\.demo\./);
  });

  it('Cancel sends nothing', async () => {
    const r = await rig();
    assert.equal(await reset(r.ctx, r.node('web1')), undefined);
    assertNoWrites(h);
  });

  it('a failure is reported', async () => {
    const r = await rig();
    h.sim.faults.failNext({ method: 'POST', path: /signal/, status: 403 });
    r.ui.script('ask', 'Reset');
    assert.equal(await reset(r.ctx, r.node('web1')), false);
    assertSaid(r, /Resetting web1\.web\.demo failed/);
  });
});
