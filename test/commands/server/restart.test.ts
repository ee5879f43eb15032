import assert from 'node:assert/strict';
import { restart } from '../../../src/commands/server/restart';
import { useCommandRig } from '../../support/commandHarness';
import { assertNoWrites, assertSaid } from './power';

describe('command: restart', () => {
  const { h, rig } = useCommandRig();

  it('restarts a running server; the tree shows it restarting until it is back', async () => {
    const r = await rig();
    const seen: (string | undefined)[] = [];
    r.estate.onDidChange(() => seen.push(r.node('web1').pending));
    assert.equal(await restart(r.ctx, r.node('web1')), true);
    await r.settled();
    assert.ok(seen.includes('restarting'));
    assert.equal(r.node('web1').vm.power_on, true);
    assertSaid(r, /Restarted web1\.web\.demo/);
  });

  it('refuses a stopped server, saying why', async () => {
    const r = await rig();
    assert.equal(await restart(r.ctx, r.node('staging')), undefined);
    assertSaid(r, /staging\.web\.demo is powered off\. Start it first\./);
    assertNoWrites(h);
  });

  it('a failure is reported', async () => {
    const r = await rig();
    h.sim.faults.failNext({ method: 'PUT', path: /virtual_machines/, status: 403 });
    assert.equal(await restart(r.ctx, r.node('web1')), false);
    assertSaid(r, /Restarting web1\.web\.demo failed/);
  });
});
