import assert from 'node:assert/strict';
import { stop } from '../../../src/commands/server/stop';
import { useCommandRig } from '../../support/commandHarness';
import { assertNoWrites, assertSaid } from './power';

describe('command: stop', () => {
  const { h, rig } = useCommandRig();

  it('asks first, offering Shut Down Instead on a running guest; Stop cuts the power', async () => {
    const r = await rig();
    r.ui.script('ask', 'Stop');
    assert.equal(await stop(r.ctx, r.node('web1')), true);
    await r.settled();
    assert.deepEqual(r.ui.of('ask')[0]!.buttons, ['Stop', 'Shut Down Instead']);
    const s = h.sim.state.findServer('demo', 'web', 'web1')!;
    assert.equal(s.power_on, false);
    assert.equal(s.signals.length, 0, 'a hard stop sends no ACPI signal');
    assertSaid(r, /Stopped web1\.web\.demo/);
  });

  it('Shut Down Instead sends the ACPI power button', async () => {
    const r = await rig();
    r.ui.script('ask', 'Shut Down Instead');
    assert.equal(await stop(r.ctx, r.node('web2')), true);
    await r.settled();
    assert.equal(h.sim.state.findServer('demo', 'web', 'web2')!.lastSignal?.signal, 'powerdown');
  });

  it('is offered on a restarting server (only Stop: nothing to shut down cleanly)', async () => {
    const r = await rig();
    r.estate.setPending(r.node('web1').vm.id, 'restarting');
    r.ui.script('ask', undefined);
    assert.equal(await stop(r.ctx, r.node('web1')), undefined);
    assert.deepEqual(r.ui.of('ask')[0]!.buttons, ['Stop']);
    assertNoWrites(h);
  });

  it('Cancel in the dialog sends nothing', async () => {
    const r = await rig();
    assert.equal(await stop(r.ctx, r.node('web1')), undefined);
    assertNoWrites(h);
  });

  it('a failure says why and clears the pending state', async () => {
    const r = await rig();
    h.sim.faults.failNext({ method: 'PUT', path: /virtual_machines/, status: 500, times: 3 });
    r.ui.script('ask', 'Stop');
    assert.equal(await stop(r.ctx, r.node('web1')), false);
    await r.settled();
    const err = r.ui.of('notify').find((n) => n.severity === 'error')!;
    assert.match(err.message, /Stopping web1\.web\.demo failed: the BigV API had a problem \(HTTP 500\)/);
    assert.deepEqual(err.buttons, ['Retry', 'Show Log']);
  });
});
