import assert from 'node:assert/strict';
import { toolContext } from '../../src/tools/answers';
import { startFleet } from '../support/fleetCore';
import { useCommandRig } from '../support/commandHarness';
import { assertNoWrites } from '../commands/server/power';
import { hostOf, refusal } from './support';

describe('language-model tools: changing, through the commands', () => {
  const { h, rig } = useCommandRig();

  it('bigv_powerServers starts a stopped server after a confirmation naming it, its profile, state now and after, undo and privilege', async () => {
    const r = await rig();
    const host = hostOf(r);
    const { confirmation, answer } = await host.call('bigv_powerServers', { action: 'start', servers: ['staging.web.demo'] });
    assert.equal(confirmation!.title, 'Start 1 server(s)?');
    assert.match(confirmation!.message, /^staging\.web\.demo \(profile Bytemark Cloud\): stopped → running$/m);
    assert.match(confirmation!.message, /Undo: Shut it down again/);
    assert.match(confirmation!.message, /Privilege used: server administrator on each server/);
    assert.match(answer, /^Done \(1\)\.\nstaging\.web\.demo: done/);
    await r.settled();
    assert.equal(h.sim.state.findServer('demo', 'web', 'staging')!.power_on, true);
  });

  it('several servers: those already in the state are skipped with why; a state refusal for all says so and sends nothing', async () => {
    const r = await rig();
    const host = hostOf(r);
    const { confirmation, answer } = await host.call('bigv_powerServers', { action: 'shutdown', servers: ['web1.web.demo', 'web2.web.demo', 'staging.web.demo'] });
    assert.match(confirmation!.message, /Skipped \(1\):\nstaging\.web\.demo: it is powered off/);
    assert.match(answer, /^Done \(2\)\./);
    await r.settled();
    assert.equal(h.sim.state.findServer('demo', 'web', 'web2')!.power_on, false);
    h.sim.requests.length = 0;
    assert.match(await refusal(host.call('bigv_powerServers', { action: 'start', servers: ['mail'] })), /Refused: mail\.default\.demo: it is already running/);
    assertNoWrites(h);
  });

  it('a change is never run without the confirmation the person saw', async () => {
    const r = await rig();
    const host = hostOf(r);
    assert.match(await refusal(host.runner.invoke('bigv_powerServers', { action: 'start', servers: ['staging'] }, new AbortController().signal)), /not confirmed by the person/);
    await host.runner.prepare('bigv_powerServers', { action: 'start', servers: ['staging'] });
    assert.match(await refusal(host.runner.invoke('bigv_powerServers', { action: 'start', servers: ['scratch'] }, new AbortController().signal)), /not confirmed/);
    assertNoWrites(h);
  });

  it('privileges are refused the way the menu refuses them (viewer has read only): the tool fails, the server is unchanged', async () => {
    const r = await rig({ user: 'viewer' });
    const host = hostOf(r);
    assert.match(await refusal(host.call('bigv_powerServers', { action: 'start', servers: ['staging'] })), /^Failed; nothing was changed\.\nstaging\.web\.demo: failed \(.+\)/);
    await r.settled();
    assert.equal(h.sim.state.findServer('demo', 'web', 'staging')!.power_on, false);
  });

  it('bigv_resizeServer: the confirmation gives the size now and after and how to undo; growing a running server resizes it', async () => {
    const r = await rig();
    const host = hostOf(r);
    const { confirmation, answer } = await host.call('bigv_resizeServer', { server: 'db1.db.demo', cores: 6, memoryGiB: 12 });
    assert.match(confirmation!.message, /db1\.db\.demo \(profile Bytemark Cloud\): 4 vCPU, 8 GiB → 6 vCPU, 12 GiB$/m);
    assert.match(confirmation!.message, /Undo: Resize it back to 4 vCPU, 8 GiB\./);
    assert.match(answer, /^Done/);
    await r.settled();
    const vm = h.sim.state.findServer('demo', 'db', 'db1')!;
    assert.deepEqual([vm.cores, vm.memory], [6, 12 * 1024]);
    assert.match(await refusal(host.call('bigv_resizeServer', { server: 'db1.db.demo', cores: 6, memoryGiB: 1.3 })), /memoryGiB: a multiple of 0\.25/);
  });

  it('bigv_renameServer runs Rename with the name checked as typed there; bigv_setAutomaticRestart and bigv_setCdrom too', async () => {
    const r = await rig();
    const host = hostOf(r);
    assert.match(await refusal(host.call('bigv_renameServer', { server: 'web2.web.demo', newName: 'web1' })), /is refused: /);
    const { confirmation } = await host.call('bigv_renameServer', { server: 'web2.web.demo', newName: 'web3' });
    assert.match(confirmation!.message, /name web2 → web3 \(the hostname changes with it\)/);
    assert.match(confirmation!.message, /Undo: Rename it back to web2\./);
    await r.settled();
    assert.ok(h.sim.state.findServer('demo', 'web', 'web3'));
    await host.call('bigv_setAutomaticRestart', { server: 'mail', on: false });
    await host.call('bigv_setCdrom', { server: 'build.default.acme' });
    await r.settled();
    assert.equal(h.sim.state.findServer('demo', 'default', 'mail')!.autoreboot_on, false);
    assert.ok(!h.sim.state.findServer('acme', 'default', 'build')!.cdrom_url);
  });

  it('bigv_restoreServer restores a deleted server; unseen, it says how to show deleted servers', async () => {
    const hidden = hostOf(await rig());
    assert.match(await refusal(hidden.call('bigv_restoreServer', { server: 'db-old.db.demo' })), /Show Deleted Servers/);
    const r = await rig({ showDeleted: true });
    const { confirmation, answer } = await hostOf(r).call('bigv_restoreServer', { server: 'db-old.db.demo' });
    assert.match(confirmation!.message, /deleted → stopped/);
    assert.match(answer, /^Done/);
    await r.settled();
    assert.equal(h.sim.state.findServer('demo', 'db', 'db-old')!.deleted, false);
  });

  it('bigv_backUpNow asks which disc when there are several, then backs it up', async () => {
    const r = await rig();
    const host = hostOf(r);
    assert.match(await refusal(host.call('bigv_backUpNow', { server: 'db1.db.demo' })), /has 2 discs \(root, backups\): say which/);
    const before = h.sim.requests.length;
    const { confirmation, answer } = await host.call('bigv_backUpNow', { server: 'db1.db.demo', disc: 'root' });
    assert.match(confirmation!.message, /disc root \(50 GiB ssd\): one more backup/);
    assert.match(answer, /^Done/);
    assert.ok(h.sim.requests.slice(before).some((q) => q.method === 'POST' && /backups/.test(q.path)));
  });

  it('bigv_openIrreversible changes nothing: it opens the ordinary command on the node and says so', async () => {
    const r = await rig();
    const host = hostOf(r);
    const answer = (await host.call('bigv_openIrreversible', { action: 'reimage', server: 'web1.web.demo' })).answer;
    assert.deepEqual(host.opened, ['bigv.reimage default web1']);
    assert.match(answer, /cannot be undone, so no tool does it\. Its command is open in VS Code/);
    await host.call('bigv_openIrreversible', { action: 'deleteDisc', server: 'db1', disc: 'backups' });
    assert.deepEqual(host.opened[1], 'bigv.deleteDisc default disc');
    assertNoWrites(h);
  });

  it('bigv_openCreateServer creates nothing: it opens the Create Server wizard on the group, where the password stays with the person', async () => {
    const r = await rig();
    const host = hostOf(r);
    const answer = (await host.call('bigv_openCreateServer', { group: 'web.demo' })).answer;
    assert.deepEqual(host.opened, ['bigv.createServer default group']);
    assert.match(answer, /Create Server wizard is open in VS Code on web\.demo: .*root password there/);
    await host.call('bigv_openCreateServer', {});
    assert.equal(host.opened.length, 2, 'without a group the wizard asks where');
    assert.match(await refusal(host.call('bigv_openCreateServer', { group: 'nowhere.demo' })), /No group nowhere\.demo/);
    assertNoWrites(h);
  });

  it('the handler runs with actor "agent: <tool>", and run is called on that copy', async () => {
    const r = await rig();
    const seen: (string | undefined)[] = [];
    const base = { ...r.ctx, run(this: { actor?: string }) { seen.push(this.actor); return Promise.resolve([]); } } as typeof r.ctx;
    const ctx = toolContext(base, 'bigv_powerServers', r.ctx.ui, { said: [], outcomes: [] });
    assert.equal(ctx.actor, 'agent: bigv_powerServers');
    await ctx.run([], { action: 'start', title: () => '', done: () => '', call: async () => undefined });
    assert.deepEqual(seen, ['agent: bigv_powerServers']);
  });
});

describe('language-model tools: forty servers in one confirmation', function () {
  this.timeout(120_000);

  it('lists twelve by full name and profile, then counts the rest, as the bulk confirmation does', async () => {
    const fleet = await startFleet({ vms: 1000 });
    try {
      const host = hostOf({ ctx: fleet.core.ctx, estate: fleet.core.estate });
      const running = (await fleet.core.ctx.view.allServers())!.filter((t) => t.vm.power_on).slice(0, 40);
      const p = await host.runner.prepare('bigv_powerServers', { action: 'restart', servers: running.map((t) => t.fullName) });
      const lines = p.confirmation!.message.split('\n');
      assert.equal(p.confirmation!.title, 'Restart 40 server(s)?');
      assert.equal(lines.filter((l) => / \(profile Bytemark Cloud\): running → running again, restarted$/.test(l)).length, 12);
      assert.ok(lines.includes('and 28 more'));
    } finally {
      await fleet.dispose();
    }
  });
});
