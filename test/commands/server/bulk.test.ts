// Actions on a multi-selection: one confirmation naming the servers and the skipped, the calls
// bounded, and one summary; from the palette, several picked at once.
import assert from 'node:assert/strict';
import { describeMany } from '../../../src/commands/bulk';
import { deleteServer } from '../../../src/commands/server/delete';
import { start } from '../../../src/commands/server/start';
import { stop } from '../../../src/commands/server/stop';
import { targetFromNode } from '../../../src/estate/targets';
import { useCommandRig } from '../../support/commandHarness';
import { assertNoWrites } from './power';

describe('commands on several servers', () => {
  const { h, rig } = useCommandRig();

  it('Stop on five selected: one confirmation lists them and the skipped one; all four stop', async () => {
    const r = await rig();
    const selection = ['web1', 'web2', 'gateway', 'mail', 'staging'].map((n) => r.node(n));
    r.ui.script('ask', 'Stop');
    assert.equal(await stop(r.ctx, selection[0], selection), true);
    await r.settled();
    const ask = r.ui.of('ask')[0]!;
    assert.equal(ask.message, 'Stop 4 servers?');
    assert.match(ask.detail, /web\.demo: web1, web2/);
    assert.match(ask.detail, /default\.demo: gateway, mail/);
    assert.match(ask.detail, /Skipped \(1\):\nstaging\.web\.demo is powered off/);
    for (const n of ['web1', 'web2', 'gateway', 'mail']) assert.equal(h.sim.state.findServer('demo', n.startsWith('web') ? 'web' : 'default', n)!.power_on, false, n);
    assert.equal(r.ui.of('progress').length, 1);
    assert.equal(r.ui.of('progress')[0]!.title, 'Stopping 4 servers', 'named by how many, not after the first');
  });

  it('one refusal among them: the summary names it with the reason and offers Retry Failed', async () => {
    const r = await rig();
    const selection = ['staging', 'scratch', 'cache', 'build', 'winbox'].map((n) => r.node(n));
    h.sim.faults.failNext({ method: 'PUT', path: /virtual_machines/, status: 403 });
    r.ui.script('ask', 'Start');
    assert.equal(await start(r.ctx, selection[1], selection), false);
    await r.settled();
    const summary = r.ui.of('notify').find((n) => n.buttons.includes('Retry Failed'))!;
    assert.match(summary.message, /^Starting 5 servers: 1 of 5 failed\./);
    assert.match(summary.message, /not allowed/);
  });

  it('Cancel at the confirmation sends nothing', async () => {
    const r = await rig();
    const selection = ['web1', 'web2'].map((n) => r.node(n));
    assert.equal(await deleteServer(r.ctx, selection[0], selection), undefined);
    assertNoWrites(h);
  });

  it('a right-click outside the selection acts on that row only', async () => {
    const r = await rig();
    const selection = ['web1', 'web2'].map((n) => r.node(n));
    r.ui.script('ask', 'Stop');
    await stop(r.ctx, r.node('gateway'), selection);
    await r.settled();
    assert.equal(r.ui.of('ask')[0]!.message, 'Stop gateway.default.demo?');
    assert.equal(h.sim.state.findServer('demo', 'web', 'web1')!.power_on, true);
  });

  it('from the palette several can be picked', async () => {
    const r = await rig();
    r.ui.pickManyLabels('staging', 'cache').script('ask', 'Start');
    assert.equal(await start(r.ctx), true);
    await r.settled();
    assert.equal(h.sim.state.findServer('acme', 'prod', 'cache')!.power_on, true);
    assert.equal(h.sim.state.findServer('demo', 'web', 'staging')!.power_on, true);
  });

  it('a long list is shortened with "and N more"', async () => {
    const r = await rig();
    const many = Array.from({ length: 40 }, () => targetFromNode(r.node('web1')));
    assert.match(describeMany(many), /and 28 more$/);
  });
});
