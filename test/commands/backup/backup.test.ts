import assert from 'node:assert/strict';
import { backUpNow } from '../../../src/commands/backup/backUpNow';
import { deleteBackup } from '../../../src/commands/backup/deleteBackup';
import { restoreBackup } from '../../../src/commands/backup/restoreBackup';
import { scheduleBackups } from '../../../src/commands/backup/scheduleBackups';
import { unscheduleBackups } from '../../../src/commands/backup/unscheduleBackups';
import { useCommandRig } from '../../support/commandHarness';
import { assertNoWrites, assertSaid } from '../server/power';
import { backupRows, discRow, scheduleRows } from '../detailRows';

describe('commands: backups', () => {
  const { h, rig } = useCommandRig();
  const stagingDisc = () => h.sim.state.findServer('demo', 'web', 'staging')!.discs[0]!;

  it('Back Up Now: one POST, then the Backups row reads again', async () => {
    const r = await rig();
    assert.equal(await backUpNow(r.ctx, discRow(r, 'staging', 'disc-1')), true);
    assert.equal(stagingDisc().backups?.length, 1);
    assertSaid(r, /Backed up disc-1 of staging\.web\.demo/);
    assert.equal((await backupRows(r, 'staging', 'disc-1')).length, 1);
  });

  it('Back Up Now: a failure is said with the reason', async () => {
    const r = await rig();
    h.sim.faults.failNext({ method: 'POST', path: /\/backups$/, status: 500, times: 3 });
    assert.equal(await backUpNow(r.ctx, discRow(r, 'staging', 'disc-1')), false);
    assertSaid(r, /Could not back up disc-1 of staging\.web\.demo/);
  });

  it('Restore Backup: refused while the server runs; on a stopped one only after typing the disc label, and warns', async () => {
    const r = await rig();
    const [b] = await backupRows(r, 'db1', 'root');
    assert.equal(await restoreBackup(r.ctx, b), undefined);
    assertSaid(r, /Power the server off first/);
    await backUpNow(r.ctx, discRow(r, 'staging', 'disc-1'));
    const [sb] = await backupRows(r, 'staging', 'disc-1');
    assert.equal(await restoreBackup(r.ctx, sb), undefined, 'cancelled at the typed confirmation');
    assert.match(r.ui.of('input').at(-1)!.opts.prompt!, /replaced by the backup/);
    assert.equal(stagingDisc().lastRestore, undefined);
    r.ui.script('input', 'disc-1');
    assert.equal(await restoreBackup(r.ctx, sb), true);
    assert.ok(stagingDisc().lastRestore);
    assertSaid(r, /Restored disc-1 of staging\.web\.demo/);
  });

  it('Delete Backup asks first', async () => {
    const r = await rig();
    const [b] = await backupRows(r, 'db1', 'root');
    assert.equal(await deleteBackup(r.ctx, b), undefined);
    assertNoWrites(h);
    r.ui.script('ask', 'Delete');
    assert.equal(await deleteBackup(r.ctx, b), true);
    assert.equal(h.sim.state.findServer('demo', 'db', 'db1')!.discs[0]!.backups!.length, 1);
  });

  it('Schedule Backups: daily, weekly or custom, from a time of day; the schedule shows under the disc', async () => {
    const r = await rig();
    r.ui.pickLabel('Custom…').script('input', '12h', '03:30', '5');
    assert.equal(await scheduleBackups(r.ctx, discRow(r, 'staging', 'disc-1')), true);
    const s = stagingDisc().backup_schedules![0]!;
    assert.equal(s.interval_seconds, 12 * 3600);
    assert.equal(s.capacity, 5);
    assert.match(s.start_at, / 03:30:00$/);
    assert.equal(scheduleRows(r, 'staging', 'disc-1').length, 1);
    assert.equal(r.ui.of('pick')[0]!.opts.title, 'Schedule Backups of Disc disc-1 on staging.web.demo', 'names the disc and its server');
    const validate = r.ui.of('input')[0]!.opts.validate!;
    assert.match(validate('30m')!, /hours/);
  });

  it('Schedule Backups: a start date and time, the zone (London, GMT/BST) said in the prompt; sent as YYYY-MM-DD hh:mm:ss, the form the CLI sends; a past date is refused as typed', async () => {
    const r = await rig();
    const next = new Date().getUTCFullYear() + 1;
    r.ui.pickLabel('Weekly').script('input', `${next}-03-01 04:15`, '2');
    assert.equal(await scheduleBackups(r.ctx, discRow(r, 'staging', 'disc-1')), true);
    const s = stagingDisc().backup_schedules![0]!;
    assert.deepEqual([s.start_at, s.interval_seconds, s.capacity], [`${next}-03-01 04:15:00`, 604800, 2]);
    const start = r.ui.of('input')[0]!;
    assert.match(start.opts.prompt!, /London time \((GMT|BST)\), the zone Bytemark keeps/);
    assert.equal(start.opts.value, '00:00', 'the default is still the next midnight');
    assert.match(start.opts.validate!('2020-01-01 00:00') ?? '', /in the past in London/);
    assertSaid(r, new RegExp(`Backups of disc-1 scheduled weekly from ${next}-03-01 04:15 London time \\(GMT\\)`));
  });

  it('Schedule Backups: Escape at any step writes nothing; Remove Schedule asks, then removes', async () => {
    const r = await rig();
    r.ui.pickLabel('Daily');
    assert.equal(await scheduleBackups(r.ctx, discRow(r, 'staging', 'disc-1')), undefined);
    assertNoWrites(h);
    const [sch] = scheduleRows(r, 'db1', 'root');
    assert.ok(sch);
    r.ui.script('ask', 'Remove Schedule');
    assert.equal(await unscheduleBackups(r.ctx, sch), true);
    assert.match(r.ui.of('ask').at(-1)!.message, /^Remove the backup schedule of disc root on db1\.db\.demo \(daily\)\?$/);
    assert.equal(scheduleRows(r, 'db1', 'root').length, 0);
  });
});
