import assert from 'node:assert/strict';
import { shutdown } from '../../../src/commands/server/shutdown';
import { useCommandRig } from '../../support/commandHarness';
import { assertNoWrites, assertSaid } from './power';

describe('command: shutdown', () => {
  const { h, rig } = useCommandRig();

  it('sends the ACPI power button and waits until the server is off', async () => {
    const r = await rig();
    assert.equal(await shutdown(r.ctx, r.node('web2')), true);
    await r.settled();
    assert.equal(h.sim.state.findServer('demo', 'web', 'web2')!.lastSignal?.signal, 'powerdown');
    assert.equal(r.node('web2').vm.power_on, false);
    assertSaid(r, /Shut down web2\.web\.demo/);
  });

  it('from the palette, Escape does nothing', async () => {
    const r = await rig();
    assert.equal(await shutdown(r.ctx), undefined);
    assertNoWrites(h);
  });

  it('a failure is reported', async () => {
    const r = await rig();
    h.sim.faults.failNext({ method: 'POST', path: /signal/, status: 403 });
    assert.equal(await shutdown(r.ctx, r.node('web2')), false);
    assertSaid(r, /Shutting down web2\.web\.demo failed/);
  });
});
