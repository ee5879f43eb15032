// Many changing servers of one account are polled with one read of the account per tick, not one
// GET each (a bulk Shut Down of a hundred servers had a hundred GETs in flight every tick); a few
// are still read one by one; and what the account read reports settles the server exactly as a
// server read did. The profile's real wiring against the simulator, the poller ticked by hand.
import assert from 'node:assert/strict';
import { shutdownSpec } from '../../src/commands/server/shutdown';
import type { ServerTarget } from '../../src/model/target';
import { targetFromNode } from '../../src/estate/targets';
import { startFleet, type Fleet } from '../support/fleetCore';

const TRANSITION_MS = 300;

describe('estate/pollMany: one request per account per tick', function () {
  let fleet: Fleet;
  // Generated: fleet-001 (100 servers) in demo, fleet-002 (100) in acme. The timer never fires
  // by itself (a minute): the test ticks, so each tick's requests can be counted.
  before(async () => {
    fleet = await startFleet({ vms: 200, transitionMs: TRANSITION_MS, pollSeconds: 60 });
  });
  after(async () => fleet?.dispose());

  function running(group: string, n: number): ServerTarget[] {
    return fleet.core.estate.servers().filter((s) => s.parent.group.name === group && s.vm.power_on && !s.pending).slice(0, n).map(targetFromNode);
  }

  /** Shuts `targets` down, ticking by hand; the requests of each tick, and the outcomes. */
  async function shutDown(targets: ServerTarget[]): Promise<{ ticks: string[][]; ok: boolean }> {
    const { core, spans } = fleet;
    const run = core.runner.run(targets, shutdownSpec);
    const ids = targets.map((t) => t.vm.id);
    while (!ids.every((id) => core.poller.has(id))) await new Promise((r) => setTimeout(r, 5));
    const ticks: string[][] = [];
    for (let i = 0; i < 20 && core.poller.size > 0; i++) {
      const from = spans.length;
      await core.poller.tick();
      ticks.push(spans.slice(from).map((s) => `${s.method} ${s.path}`));
      await new Promise((r) => setTimeout(r, TRANSITION_MS / 2));
    }
    const outcomes = await run;
    return { ticks, ok: outcomes.every((o) => o.result === 'ok') };
  }

  it('twenty changing servers of one account: one GET of the account per tick, and each settles as a server read would', async () => {
    const targets = running('fleet-001', 20);
    assert.equal(targets.length, 20);
    const account = targets[0]!.vm.id && fleet.core.estate.server(targets[0]!.vm.id)!.parent.parent.account.id;
    const { ticks, ok } = await shutDown(targets);
    assert.ok(ok, 'every shutdown done');
    assert.ok(ticks.length >= 2, `polled until off (${ticks.length} ticks)`);
    // The first tick polls all twenty; by a later one three or fewer may be left (they were shut
    // down four at a time, so they settle at different ticks), and those are read one by one.
    assert.deepEqual(ticks[0], [`GET /accounts/${account}`], 'one request for twenty servers, the account read');
    for (const t of ticks) assert.ok(t.length === 1 || (t.length <= 3 && t.every((r) => /virtual_machines\/\d+$/.test(r))), t.join(', '));
    for (const t of targets) {
      const node = fleet.core.estate.server(t.vm.id)!;
      assert.equal(node.vm.power_on, false, `${t.vm.name} off`);
      assert.equal(node.pending, undefined, `${t.vm.name} no longer shutting down`);
      assert.equal(node.vm.discs?.length, 1, `${t.vm.name} keeps its discs`);
      assert.equal(node.vm.network_interfaces?.length, 1, `${t.vm.name} keeps its NICs`);
    }
    assert.equal(fleet.core.poller.size, 0);
  });

  it('three changing servers are still read one by one (a small answer beats a whole account)', async () => {
    const targets = running('fleet-001', 3);
    const { ticks, ok } = await shutDown(targets);
    assert.ok(ok);
    assert.equal(ticks[0]!.length, 3);
    for (const t of ticks) {
      assert.ok(t.length <= 3);
      assert.ok(t.every((r) => /^GET \/accounts\/\d+\/groups\/\d+\/virtual_machines\/\d+$/.test(r)), t.join(', '));
    }
  });

  it('changing servers in two accounts: one request for each account per tick', async () => {
    const targets = [...running('fleet-001', 10), ...running('fleet-002', 10)];
    const { ticks, ok } = await shutDown(targets);
    assert.ok(ok);
    assert.equal(ticks[0]!.length, 2, ticks[0]!.join(', '));
    assert.ok(ticks[0]!.every((r) => /^GET \/accounts\/\d+$/.test(r)), ticks[0]!.join(', '));
    // Later ticks: never more than one account read per account, or three server reads for it.
    for (const t of ticks) assert.ok(t.filter((r) => /^GET \/accounts\/\d+$/.test(r)).length <= 2 && t.length <= 6, t.join(', '));
  });

  it('a server gone from the account read leaves the tree, as a 404 of its own read did; the rest go on', async () => {
    const targets = running('fleet-002', 6);
    const { core } = fleet;
    const run = core.runner.run(targets, shutdownSpec);
    const ids = targets.map((t) => t.vm.id);
    while (!ids.every((id) => core.poller.has(id))) await new Promise((r) => setTimeout(r, 5));
    const victim = targets[0]!;
    await core.session.brain!.deleteServer(victim.ref, { purge: true });
    await core.poller.tick();
    assert.equal(core.estate.server(victim.vm.id), undefined, 'purged: out of the tree');
    assert.equal(core.poller.has(victim.vm.id), false);
    assert.equal(core.poller.size, 5, 'the others still watched');
    while (core.poller.size > 0) {
      await new Promise((r) => setTimeout(r, TRANSITION_MS / 2));
      await core.poller.tick();
    }
    await run;
    for (const t of targets.slice(1)) assert.equal(core.estate.server(t.vm.id)?.vm.power_on, false, `${t.vm.name} off`);
  });
});
