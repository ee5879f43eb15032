import assert from 'node:assert/strict';
import { undoActivity } from '../../../src/commands/activity/undoActivity';
import { scheduleBackups } from '../../../src/commands/backup/scheduleBackups';
import type { CommandContext, CommandHandler } from '../../../src/commands/context';
import { setRdns } from '../../../src/commands/network/setRdns';
import { swapIps } from '../../../src/commands/network/swapIps';
import { attachCdrom } from '../../../src/commands/server/attachCdrom';
import { autorebootOff } from '../../../src/commands/server/autorebootOff';
import { deleteServer } from '../../../src/commands/server/delete';
import { moveToGroup } from '../../../src/commands/server/moveToGroup';
import { rename } from '../../../src/commands/server/rename';
import { resize } from '../../../src/commands/server/resize';
import { start } from '../../../src/commands/server/start';
import { stop } from '../../../src/commands/server/stop';
import type { ActivityEntry } from '../../../src/estate/activity';
import { useCommandRig, type CommandRig } from '../../support/commandHarness';
import { discRow, ipRow, networkRow } from '../detailRows';
import { labelled } from '../server/manage';
import { assertSaid, runOnNode } from '../server/power';

describe('command: undoActivity (the Activity log, with undo)', () => {
  const { h, rig } = useCommandRig();
  const sim = (group: string, name: string) => h.sim.state.findServer('demo', group, name);
  const newest = (r: CommandRig): ActivityEntry => r.ctx.activity.entries()[0]!;

  /** Undoes the newest entry (answering its question with Undo when it asks one); the undo is recorded too. */
  async function undoNewest(r: CommandRig, confirm: boolean): Promise<ActivityEntry> {
    const entry = newest(r);
    assert.equal(entry.outcome, 'ok');
    assert.ok(entry.undo, `${entry.action} offers an undo`);
    assert.equal(r.ctx.activity.offered(entry), true, `${entry.action} is offered`);
    const asked = r.ui.of('ask').length;
    if (confirm) r.ui.script('ask', 'Undo');
    assert.equal(await undoActivity(r.ctx, entry), true);
    await r.settled();
    assert.equal(r.ui.of('ask').length - asked, confirm ? 1 : 0, confirm ? 'asked first, as the change was' : 'not asked');
    const after = r.ctx.activity.get(entry.id)!;
    assert.equal(after.undoneBy, newest(r).id, 'marked undone by the newest entry');
    assert.equal(newest(r).outcome, 'ok');
    assert.equal(r.ctx.activity.offered(after), false, 'no second undo');
    return newest(r);
  }

  const cases: { name: string; confirm: boolean; act(r: CommandRig): Promise<unknown>; check(): void; action: RegExp }[] = [
    { name: 'rename back', confirm: false, action: /^Renaming web2\.web\.demo to web9$/, act: (r) => runOnNode(r, rename, 'web2', (x) => x.ui.script('input', 'web9')), check: () => assert.ok(sim('web', 'web2') && !sim('web', 'web9')) },
    { name: 'start what was stopped', confirm: true, action: /^Stopping web1/, act: (r) => runOnNode(r, stop, 'web1', (x) => x.ui.script('ask', 'Stop')), check: () => assert.equal(sim('web', 'web1')!.power_on, true) },
    { name: 'shut down what was started', confirm: true, action: /^Starting staging/, act: (r) => runOnNode(r, start, 'staging'), check: () => assert.equal(sim('web', 'staging')!.power_on, false) },
    { name: 'restore a deleted server', confirm: true, action: /^Deleting web2/, act: (r) => runOnNode(r, deleteServer, 'web2', (x) => x.ui.script('ask', 'Delete')), check: () => assert.equal(sim('web', 'web2')!.deleted, false) },
    { name: 'resize back', confirm: true, action: /^Resizing web1/, act: (r) => runOnNode(r, resize, 'web1', (x) => x.ui.script('pick', labelled('16 vCPU'))), check: () => assert.deepEqual([sim('web', 'web1')!.cores, sim('web', 'web1')!.memory, sim('web', 'web1')!.power_on], [2, 2048, true]) },
    { name: 'move back', confirm: true, action: /^Moving staging/, act: (r) => runOnNode(r, moveToGroup, 'staging', (x) => x.ui.script('pick', labelled('db'))), check: () => assert.ok(sim('web', 'staging') && !sim('db', 'staging')) },
    { name: 'eject the CD-ROM again', confirm: false, action: /^Attaching a CD-ROM to web2/, act: (r) => runOnNode(r, attachCdrom, 'web2', (x) => x.ui.script('input', 'https://cdimage.example.org/rescue.iso')), check: () => assert.equal(sim('web', 'web2')!.cdrom_url ?? null, null) },
    { name: 'automatic restart back on', confirm: false, action: /automatic restart off for web1/, act: (r) => runOnNode(r, autorebootOff, 'web1'), check: () => assert.equal(sim('web', 'web1')!.autoreboot_on, true) },
  ];

  for (const c of cases) {
    it(`${c.name}: recorded (who, target, outcome, duration), undone through the runner, read back from the API`, async () => {
      const r = await rig();
      await c.act(r);
      const e = newest(r);
      assert.match(e.action, c.action);
      assert.equal(e.who, 'demo');
      assert.equal(e.profile, 'default');
      assert.ok(e.ms >= 0 && e.at > Date.now() - 60_000);
      await undoNewest(r, c.confirm);
      await r.ctx.refreshAll();
      c.check();
    });
  }

  it('reverse DNS back: the address resolves to what it did before', async () => {
    const r = await rig();
    const ip = h.sim.state.findServer('demo', 'web', 'web1')!.network_interfaces[0]!.ips[0]!;
    const before = h.sim.state.rdns.get(ip);
    networkRow(r, 'web1').rdns = new Map([[ip, before ?? null]]); // read, as on expanding Network (undone only to what was known)
    r.ui.script('input', 'shop.demo.example.com');
    assert.equal(await setRdns(r.ctx, ipRow(r, 'web1', ip)), true);
    assert.equal(h.sim.state.rdns.get(ip), 'shop.demo.example.com');
    await undoNewest(r, false);
    assert.equal(h.sim.state.rdns.get(ip), before);
  });

  it('remove a backup schedule added', async () => {
    const r = await rig();
    r.ui.pickLabel('Custom…').script('input', '12h', '03:30', '5');
    assert.equal(await scheduleBackups(r.ctx, discRow(r, 'staging', 'disc-1')), true);
    assert.equal(sim('web', 'staging')!.discs[0]!.backup_schedules?.length, 1);
    assert.equal(newest(r).undo?.kind, 'unschedule');
    await undoNewest(r, false);
    assert.equal(sim('web', 'staging')!.discs[0]!.backup_schedules?.length ?? 0, 0);
  });

  it('swap IPs back', async () => {
    const r = await rig();
    const nic = (g: string, n: string) => sim(g, n)!.network_interfaces[0]!.ips[0];
    const before = [nic('web', 'staging'), nic('default', 'scratch')];
    r.ui.pickLabel('scratch').script('ask', 'Swap Primary Only');
    assert.equal(await swapIps(r.ctx, networkRow(r, 'staging')), true);
    assert.deepEqual([nic('web', 'staging'), nic('default', 'scratch')], [before[1], before[0]]);
    await undoNewest(r, true);
    assert.deepEqual([nic('web', 'staging'), nic('default', 'scratch')], before);
  });

  it('not offered once the server has changed since (here, or by anyone): Undo then says so and writes nothing', async () => {
    const r = await rig();
    await runOnNode(r, rename, 'web2', (x) => x.ui.script('input', 'web9'));
    const renamed = newest(r);
    assert.equal(r.ctx.activity.offered(renamed), true);
    await runOnNode(r, attachCdrom, 'web9', (x) => x.ui.script('input', 'https://cdimage.example.org/rescue.iso'));
    assert.equal(r.ctx.activity.offered(renamed), false, 'changed here since');
    assert.equal(await undoActivity(r.ctx, renamed), undefined);
    assertSaid(r, /web9\.web\.demo has changed since “Renaming web2\.web\.demo to web9”/);
    assert.ok(sim('web', 'web9'), 'not renamed back');
    // Changed elsewhere: another client resizes it; the next read shows it.
    const cd = newest(r);
    assert.equal(r.ctx.activity.offered(cd), true);
    sim('web', 'web9')!.cores = 8;
    await r.ctx.refreshAll();
    assert.equal(r.ctx.activity.offered(cd), false, 'changed elsewhere since');
  });

  it('a failure is recorded with its reason and no undo; a cancelled prompt records nothing', async () => {
    const r = await rig();
    await runOnNode(r, rename, 'web2');
    assert.equal(r.ctx.activity.entries().length, 0, 'nothing was done: nothing recorded');
    h.sim.faults.failNext({ method: 'PUT', path: /virtual_machines/, status: 400, body: '{"name":["has already been taken"]}', contentType: 'application/json' });
    await runOnNode(r, rename, 'web2', (x) => x.ui.script('input', 'web8'));
    const e = newest(r);
    assert.equal(e.outcome, 'failed');
    assert.match(e.error ?? '', /Name has already been taken/);
    assert.equal(e.undo, undefined);
    assert.equal(r.ctx.activity.offered(e), false);
  });

  it('who: the person by their user name; a copy of the context with an actor ({ ...ctx, actor }) is recorded as that agent, on every target', async () => {
    const r = await rig();
    const agent: CommandContext = { ...r.ctx, actor: 'agent: bigv_startServer' };
    await (start as CommandHandler)(agent, r.node('staging'));
    await r.settled();
    assert.equal(newest(r).who, 'agent: bigv_startServer');
    assert.match(newest(r).action, /^Starting staging\.web\.demo$/);
    await runOnNode(r, stop, 'staging', (x) => x.ui.script('ask', 'Stop'));
    assert.equal(newest(r).who, 'demo', 'the person again, from the original context');
    // An agent's undo is recorded as the agent too.
    r.ui.script('ask', 'Undo');
    assert.equal(await undoActivity({ ...r.ctx, actor: 'agent: bigv_undo' }, newest(r)), true);
    await r.settled();
    assert.deepEqual([newest(r).who, newest(r).action], ['agent: bigv_undo', 'Starting staging.web.demo']);
  });

  it('filter by server: the view shows only that server\'s entries', async () => {
    const r = await rig();
    await runOnNode(r, autorebootOff, 'web1');
    await runOnNode(r, attachCdrom, 'web2', (x) => x.ui.script('input', 'https://cdimage.example.org/rescue.iso'));
    const web1 = r.node('web1').vm.id;
    r.ctx.activity.setFilter({ profile: 'default', server: web1, name: 'web1.web.demo' });
    assert.deepEqual(r.ctx.activity.shown().map((e) => e.server?.id), [web1]);
    r.ctx.activity.setFilter(undefined);
    assert.equal(r.ctx.activity.shown().length, 2);
  });
});
