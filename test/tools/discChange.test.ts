// The disc, backup-schedule and address tools: each runs its menu command with the prompts
// answered from the input, a real change in the simulator, after a confirmation naming the blast
// radius (disc GiB before and after, the addresses, how it is undone); and bigv_activity reads
// the log those changes leave.
import assert from 'node:assert/strict';
import { useCommandRig } from '../support/commandHarness';
import { assertNoWrites } from '../commands/server/power';
import { hostOf, refusal } from './support';

describe('language-model tools: discs, backups and addresses, through the commands', () => {
  const { h, rig } = useCommandRig();
  const sim = (group: string, name: string) => h.sim.state.findServer('demo', group, name)!;

  it('bigv_addDisc adds the disc asked for; the confirmation gives the discs and GiB now and after', async () => {
    const r = await rig();
    const host = hostOf(r);
    const { confirmation, answer } = await host.call('bigv_addDisc', { server: 'web1.web.demo', sizeGiB: 30, grade: 'ssd', label: 'data' });
    assert.equal(confirmation!.title, 'Add a 30 GiB disc to web1.web.demo?');
    assert.match(confirmation!.message, /^web1\.web\.demo \(profile [^)]+\): discs 1 \(25 GiB\) → 2 \(55 GiB\): new disc data \(30 GiB ssd\); the server sees it after its next restart$/m);
    assert.match(confirmation!.message, /Undo: Delete the disc, from the BigV view/);
    assert.match(answer, /^Done \(1\)\./);
    await r.settled();
    const disc = sim('web', 'web1').discs.find((d) => d.label === 'data');
    assert.deepEqual([disc?.size, disc?.storage_grade], [30 * 1024, 'ssd']);
    // No label: disc-N as the command offers; a grade that is not offered lists those that are.
    await host.call('bigv_addDisc', { server: 'scratch', sizeGiB: 5 });
    await r.settled();
    assert.deepEqual(sim('default', 'scratch').discs.map((d) => [d.label, d.storage_grade]), [['disc-1', 'sata'], ['disc-2', 'sata']]);
    h.sim.requests.length = 0;
    assert.match(await refusal(host.call('bigv_addDisc', { server: 'web2', sizeGiB: 5, grade: 'gold' })), /None of the choices fits \(Select the storage grade\): sata, archive, ssd/);
    assert.match(await refusal(host.call('bigv_addDisc', { server: 'web2', sizeGiB: 5000 })), /sizeGiB: at most 2048/);
    assertNoWrites(h);
  });

  it('bigv_resizeDisc grows a disc; smaller or the same is refused before anything is asked', async () => {
    const r = await rig();
    const host = hostOf(r);
    h.sim.requests.length = 0;
    assert.match(await refusal(host.call('bigv_resizeDisc', { server: 'db1.db.demo', disc: 'root', sizeGiB: 40 })), /is 50 GiB, and a disc can only grow/);
    assert.match(await refusal(host.call('bigv_resizeDisc', { server: 'db1.db.demo', sizeGiB: 60 })), /has 2 discs \(root, backups\): say which/);
    assertNoWrites(h);
    const { confirmation, answer } = await host.call('bigv_resizeDisc', { server: 'db1.db.demo', disc: 'root', sizeGiB: 60 });
    assert.match(confirmation!.message, /disc root \(ssd\): 50 GiB → 60 GiB; the server sees the space after a restart/);
    assert.match(confirmation!.message, /Undo: None: a disc cannot be made smaller again\./);
    assert.match(answer, /^Done/);
    await r.settled();
    assert.equal(sim('db', 'db1').discs.find((d) => d.label === 'root')!.size, 60 * 1024);
  });

  it('bigv_scheduleBackups adds a schedule (daily, or a custom interval) that Undo in the Activity log removes', async () => {
    const r = await rig();
    const host = hostOf(r);
    const { confirmation } = await host.call('bigv_scheduleBackups', { server: 'web1', every: 'daily', start: '03:30', keep: 5 });
    assert.match(confirmation!.message, /disc disc-1 \(25 GiB\): backups daily from 03:30 \(London time\), keeping the last 5/);
    assert.match(confirmation!.message, /Undo: Remove the schedule \(Undo in the Activity view\)\./);
    await host.call('bigv_scheduleBackups', { server: 'web2', every: '12h' });
    await r.settled();
    const added = (name: string) => sim('web', name).discs[0]!.backup_schedules!.at(-1)!;
    assert.deepEqual([added('web1').interval_seconds, added('web1').capacity], [86400, 5]);
    assert.deepEqual([added('web2').interval_seconds, added('web2').capacity], [43200, 7]);
    const entry = r.ctx.activity.entries().find((e) => e.who === 'agent: bigv_scheduleBackups' && /web1/.test(e.target));
    assert.equal(entry?.undo?.kind, 'unschedule', 'the Activity log can undo it');
    assert.match(await refusal(host.call('bigv_scheduleBackups', { server: 'web1', every: 'fortnightly' })), /every: "fortnightly" is not daily, weekly or an interval/);
  });

  it('bigv_addIps asks for the reason Bytemark reviews and adds the addresses; bigv_setReverseDns sets an address\'s reverse DNS', async () => {
    const r = await rig();
    const host = hostOf(r);
    const before = sim('web', 'web1').network_interfaces[0]!;
    const { confirmation, answer } = await host.call('bigv_addIps', { server: 'web1.web.demo', count: 2, reason: 'a second TLS site' });
    assert.match(confirmation!.message, new RegExp(`2 more IPv4 address\\(es\\), routed via ${before.ips[0]!.replace(/\./g, '\\.')}; the reason Bytemark reviews: "a second TLS site"`));
    assert.match(answer, /^Done \(1\)\./);
    assert.match(answer, /Added .+, .+ to web1\.web\.demo\./);
    await r.settled();
    assert.equal(Object.keys(sim('web', 'web1').network_interfaces[0]!.extra_ips).length, 2);
    assert.match(await refusal(host.call('bigv_addIps', { server: 'web1', count: 5, reason: 'x' })), /count: at most 4/);
    const ip = before.ips.find((x) => x.includes('.'))!;
    const set = await host.call('bigv_setReverseDns', { server: 'web1', ip, hostname: 'shop.demo.example.com' });
    assert.match(set.confirmation!.message, new RegExp(`${ip.replace(/\./g, '\\.')} resolves back to .+ → shop\\.demo\\.example\\.com`));
    await r.settled();
    assert.equal(h.sim.state.rdns.get(ip), 'shop.demo.example.com');
    assert.match(await refusal(host.call('bigv_setReverseDns', { server: 'web1', ip: '10.9.9.9', hostname: 'x.example.com' })), /has no address 10\.9\.9\.9; its addresses are: /);
    assert.match(await refusal(host.call('bigv_setReverseDns', { server: 'web1', ip, hostname: 'not a host' })), /is refused: /);
  });

  it('with bigv.agentTools "read" the change tools are refused; bigv_activity reads the log, newest first, narrowed by server', async () => {
    const r = await rig();
    const host = hostOf(r, 'read');
    assert.match(await refusal(host.call('bigv_addDisc', { server: 'web1', sizeGiB: 5 })), /bigv\.agentTools is "read"/);
    assert.equal((await host.call('bigv_activity', {})).answer, 'The activity log is empty: no change has been made from this window (or it was cleared).');
    host.setting = 'change';
    await host.call('bigv_resizeDisc', { server: 'web2', sizeGiB: 30 });
    await host.call('bigv_powerServers', { action: 'start', servers: ['staging'] });
    await r.settled();
    const log = (await host.call('bigv_activity', { limit: 1 })).answer.split('\n');
    assert.equal(log[0], '2 change(s), newest first (UTC):');
    assert.match(log[1]!, /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \| agent: bigv_powerServers \| Starting staging\.web\.demo \| done \| Undo offered in the Activity view$/);
    assert.equal(log[2], 'and 1 older (limit up to 100)');
    assert.match((await host.call('bigv_activity', { server: 'web2' })).answer, /agent: bigv_resizeDisc \| Resizing disc-1 of web2\.web\.demo to 30 GiB \| done$/m);
  });
});
