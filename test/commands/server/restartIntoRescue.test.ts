// Issue 20, rescue: Restart into Rescue… shuts the server down as the CLI does, starts it with the
// rescue appliance (the exact body of bigv-api.md B.3.2), marks the row, and opens the serial
// console; Boot Normally brings its own system back, and so does any power-off.
import assert from 'node:assert/strict';
import { bootNormally } from '../../../src/commands/server/bootNormally';
import { restartIntoRescue } from '../../../src/commands/server/restartIntoRescue';
import { contextValue, powerFacts } from '../../../src/model/serverState';
import { serverView } from '../../../src/model/serverView';
import { useCommandRig, type CommandRig } from '../../support/commandHarness';
import { assertNoWrites, assertSaid, runOnNode } from './power';

describe('command: restart into rescue, boot normally', () => {
  const { h, rig } = useCommandRig();
  const menu = (r: CommandRig, name: string) => contextValue(powerFacts(r.node(name)), r.node(name).pending);
  const sim = (name: string) => h.sim.state.findServer('demo', 'web', name)!;

  it('a running server: shut down, started into rescue, the row says so, the console opens', async () => {
    const r = await rig();
    assert.match(menu(r, 'web1'), /:restartIntoRescue:/);
    assert.doesNotMatch(menu(r, 'web1'), /:bootNormally:/, 'Boot Normally only once in rescue');
    const ok = await runOnNode(r, restartIntoRescue, 'web1', (x) => x.ui.script('ask', 'Shut Down and Restart into Rescue'));
    assert.equal(ok, true);
    assert.match(r.ui.of('ask')[0]!.message, /Restart web1\.web\.demo into the rescue system\?/);
    assert.equal(sim('web1').signals[0]?.signal, 'powerdown', 'the shutdown sequence first');
    assert.deepEqual(sim('web1').lastAppliance, { name: 'rescue', permanent: false });
    assert.equal(sim('web1').power_on, true);
    assert.equal(r.node('web1').appliance, 'rescue');
    assert.match(menu(r, 'web1'), /:bootNormally:/);
    assert.doesNotMatch(menu(r, 'web1'), /:restartIntoRescue:/);
    assert.match(serverView(powerFacts(r.node('web1'))).description, /^Rescue system · /);
    assert.ok(r.opened.includes('console web1.web.demo'), `opened: ${JSON.stringify(r.opened)}`);
    assertSaid(r, /web1\.web\.demo is running the rescue system/);
  });

  it('Boot Normally: powered off and started with no appliance; the row is itself again', async () => {
    const r = await rig();
    await runOnNode(r, restartIntoRescue, 'web1', (x) => x.ui.script('ask', 'Stop and Restart into Rescue'));
    assert.equal(sim('web1').signals.length, 0, 'Stop cuts the power: no ACPI signal');
    const ok = await runOnNode(r, bootNormally, 'web1', (x) => x.ui.script('ask', 'Stop and Boot Normally'));
    assert.equal(ok, true);
    assert.equal(r.node('web1').appliance, undefined);
    assert.equal(sim('web1').power_on, true);
    assert.match(menu(r, 'web1'), /:restartIntoRescue:/);
    assert.match(serverView(powerFacts(r.node('web1'))).description, /^46\./);
  });

  it('a stopped server starts into rescue without a power-off; any power-off ends rescue', async () => {
    const r = await rig();
    assert.equal(await runOnNode(r, restartIntoRescue, 'staging', (x) => x.ui.script('ask', 'Start into Rescue')), true);
    assert.equal(sim('staging').signals.length, 0);
    assert.equal(r.node('staging').appliance, 'rescue');
    await r.brain.servers.set({ account: 'demo', group: 'web', server: 'staging' }, { power_on: false, autoreboot_on: false });
    await r.ctx.refreshAll();
    assert.equal(r.node('staging').appliance, undefined, 'seen off: its own disc boots next');
  });

  it('Escape at the question sends nothing; a read-only user is refused before any question', async () => {
    const r = await rig();
    assert.equal(await restartIntoRescue(r.ctx, r.node('web1')), undefined);
    assertNoWrites(h);
    const v = await rig({ user: 'viewer' });
    assert.equal(await restartIntoRescue(v.ctx), undefined);
    assertSaid(v, /Your privileges allow no changes to the servers this applies to/);
    assert.equal(await restartIntoRescue(v.ctx, v.node('web1')), undefined);
    assert.equal(v.ui.of('ask').length, 0);
    assertSaid(v, /privileges do not allow changes to web1\.web\.demo/);
  });
});
