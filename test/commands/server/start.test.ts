import assert from 'node:assert/strict';
import { start } from '../../../src/commands/server/start';
import { useCommandRig } from '../../support/commandHarness';
import { assertNoWrites, assertSaid } from './power';

describe('command: start', () => {
  const { h, rig } = useCommandRig();

  it('starts a stopped server from the tree, says so, and leaves it running', async () => {
    const r = await rig();
    assert.equal(await start(r.ctx, r.node('staging')), true);
    await r.settled();
    assert.equal(h.sim.state.findServer('demo', 'web', 'staging')!.power_on, true);
    assert.equal(r.node('staging').vm.power_on, true);
    assert.equal(r.node('staging').pending, undefined);
    assertSaid(r, /Started staging\.web\.demo/);
  });

  it('from the palette offers only stopped servers; Escape does nothing', async () => {
    const r = await rig();
    assert.equal(await start(r.ctx), undefined);
    const pick = r.ui.of('pickMany')[0]!;
    assert.ok(pick.items.length > 0);
    assert.ok(pick.items.every((i) => /^Stopped/.test(i.detail ?? '')), JSON.stringify(pick.items.map((i) => i.detail)));
    assertNoWrites(h);
  });

  it('refuses a running server with a reason, and sends nothing', async () => {
    const r = await rig();
    assert.equal(await start(r.ctx, r.node('web1')), undefined);
    assertSaid(r, /web1\.web\.demo is already running/);
    assertNoWrites(h);
  });

  it('an API failure is reported with the reason and a Retry, and the server is not left pending', async () => {
    const r = await rig();
    h.sim.faults.failNext({ method: 'PUT', path: /virtual_machines/, status: 403 });
    assert.equal(await start(r.ctx, r.node('staging')), false);
    await r.settled();
    const err = r.ui.of('notify').find((n) => n.severity === 'error')!;
    assert.match(err.message, /Starting staging\.web\.demo failed: you are not allowed/);
    assert.deepEqual(err.buttons, ['Show Log']);
    assert.equal(r.node('staging').pending, undefined);
  });
});
