// The failure and cancel paths of the row commands not covered beside their happy paths: each
// says what could not be done and why (a 400 field by field), and Escape writes nothing.
import assert from 'node:assert/strict';
import { deleteBackup } from '../../src/commands/backup/deleteBackup';
import { restoreBackup } from '../../src/commands/backup/restoreBackup';
import { scheduleBackups } from '../../src/commands/backup/scheduleBackups';
import { unscheduleBackups } from '../../src/commands/backup/unscheduleBackups';
import { deleteDisc } from '../../src/commands/disc/deleteDisc';
import { moveDisc } from '../../src/commands/disc/moveDisc';
import { setRdns } from '../../src/commands/network/setRdns';
import { swapIps } from '../../src/commands/network/swapIps';
import { backUpNow } from '../../src/commands/backup/backUpNow';
import { useCommandRig } from '../support/commandHarness';
import { assertNoWrites, assertSaid } from './server/power';
import { backupRows, discRow, ipRow, networkRow, scheduleRows } from './detailRows';

describe('row commands: failures and cancels', () => {
  const { h, rig } = useCommandRig();

  it('Delete Disc: a refusal is said and the disc stays in the tree', async () => {
    const r = await rig();
    h.sim.faults.failNext({ method: 'DELETE', path: /\/discs\//, status: 403 });
    r.ui.script('input', 'backups');
    assert.equal(await deleteDisc(r.ctx, discRow(r, 'db1', 'backups')), false);
    assertSaid(r, /Could not delete disc backups of db1\.db\.demo: you are not allowed/);
    assert.ok(discRow(r, 'db1', 'backups'));
    assert.equal(discRow(r, 'db1', 'backups').busy, undefined, 'nothing left spinning');
  });

  it('Move Disc: cancelling the pick or the question moves nothing', async () => {
    const r = await rig();
    await r.brain.discs.create({ account: 'demo', group: 'web', server: 'staging' }, { label: 'extra', size: 1024 });
    await r.ctx.refreshServer((await r.ctx.resolveServer(r.node('staging'), { action: 'showProperties', placeHolder: '' }))!);
    const writes = h.sim.requests.length;
    assert.equal(await moveDisc(r.ctx, discRow(r, 'staging', 'extra')), undefined);
    r.ui.pickLabel('scratch');
    assert.equal(await moveDisc(r.ctx, discRow(r, 'staging', 'extra')), undefined);
    assert.ok(h.sim.requests.slice(writes).every((q) => q.method === 'GET'));
  });

  it('Restore Backup: a failure is said, with the disc named', async () => {
    const r = await rig();
    await backUpNow(r.ctx, discRow(r, 'staging', 'disc-1'));
    const [b] = await backupRows(r, 'staging', 'disc-1');
    h.sim.faults.failNext({ method: 'PUT', path: /\/backups\//, status: 500, times: 3 });
    r.ui.script('input', 'disc-1');
    assert.equal(await restoreBackup(r.ctx, b), false);
    assertSaid(r, /Could not restore disc-1 of staging\.web\.demo from backup backup-\d+/);
  });

  it('Delete Backup: a refusal is said', async () => {
    const r = await rig();
    const [b] = await backupRows(r, 'db1', 'root');
    h.sim.faults.failNext({ method: 'DELETE', path: /\/backups\//, status: 403 });
    r.ui.script('ask', 'Delete');
    assert.equal(await deleteBackup(r.ctx, b), false);
    assertSaid(r, /Could not delete backup backup-\d+ of root: you are not allowed/);
  });

  it('Schedule Backups: the API\'s 400 is said field by field', async () => {
    const r = await rig();
    h.sim.faults.failNext({ method: 'POST', path: /backup_schedules$/, status: 400, body: '{"interval_seconds":["must be at least 3600"]}' });
    r.ui.pickLabel('Daily').script('input', '01:00', '3');
    assert.equal(await scheduleBackups(r.ctx, discRow(r, 'staging', 'disc-1')), false);
    assertSaid(r, /Could not schedule backups of disc-1 of staging\.web\.demo: .*Backup interval \(seconds\) must be at least 3600/s);
  });

  it('Remove Schedule: cancel keeps it', async () => {
    const r = await rig();
    const [sch] = scheduleRows(r, 'db1', 'root');
    assert.equal(await unscheduleBackups(r.ctx, sch), undefined);
    assertNoWrites(h);
    assert.equal(scheduleRows(r, 'db1', 'root').length, 1);
  });

  it('Set Reverse DNS: cancel writes nothing; the API refusing the name is said', async () => {
    const r = await rig();
    const ip = h.sim.state.findServer('demo', 'web', 'web1')!.network_interfaces[0]!.ips[0]!;
    assert.equal(await setRdns(r.ctx, ipRow(r, 'web1', ip)), undefined);
    assert.equal(h.sim.requests.filter((q) => q.method === 'PUT').length, 0);
    h.sim.faults.failNext({ method: 'PUT', path: /\/ips\//, status: 400, body: '{"rdns":["is not a valid host name"]}' });
    r.ui.script('input', 'x.example.com');
    assert.equal(await setRdns(r.ctx, ipRow(r, 'web1', ip)), false);
    assertSaid(r, new RegExp(`Could not set the reverse DNS of ${ip.replace(/\./g, '\\.')}: .*Reverse DNS is not a valid host name`, 's'));
  });

  it('Swap IPs: declining the question swaps nothing', async () => {
    const r = await rig();
    r.ui.pickLabel('scratch');
    assert.equal(await swapIps(r.ctx, networkRow(r, 'staging')), undefined);
    assert.equal(h.sim.requests.filter((q) => q.method === 'POST' && q.path.includes('swap')).length, 0);
  });
});
