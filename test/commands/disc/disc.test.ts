import assert from 'node:assert/strict';
import { addDisc } from '../../../src/commands/disc/addDisc';
import { deleteDisc } from '../../../src/commands/disc/deleteDisc';
import { moveDisc } from '../../../src/commands/disc/moveDisc';
import { resizeDisc } from '../../../src/commands/disc/resizeDisc';
import { useCommandRig } from '../../support/commandHarness';
import { assertNoWrites, assertSaid } from '../server/power';
import { discRow } from '../detailRows';

describe('commands: discs', () => {
  const { h, rig } = useCommandRig();
  const staging = () => h.sim.state.findServer('demo', 'web', 'staging')!;

  it('Add Disc to a running server says the guest sees it after its next restart', async () => {
    const r = await rig();
    r.ui.script('input', 'logs').script('pick', (c) => (c.kind === 'pick' ? c.items.find((i) => i.label === 'ssd') : undefined)).script('input', '10');
    assert.equal(await addDisc(r.ctx, r.estate.children(r.node('web1'))[0]!), true);
    assertSaid(r, /Added disc logs \(10 GiB ssd\) to web1\.web\.demo\. The server sees it after its next restart\./);
  });

  it('Add Disc: label, grade (with descriptions), size; the tree shows it in place', async () => {
    const r = await rig();
    r.ui.script('input', 'data').script('pick', (c) => (c.kind === 'pick' ? c.items.find((i) => i.label === 'ssd') : undefined)).script('input', '30');
    const discsRow = r.estate.children(r.node('staging'))[0]!;
    assert.equal(await addDisc(r.ctx, discsRow), true);
    assert.ok(staging().discs.some((d) => d.label === 'data' && d.size === 30720 && d.storage_grade === 'ssd'));
    assertSaid(r, /Added disc data \(30 GiB ssd\) to staging\.web\.demo\. The server sees it when it starts\./);
    assert.equal(discRow(r, 'staging', 'data').disc.size, 30720);
    const grades = r.ui.of('pick')[0]!.items;
    assert.ok(grades.every((g) => g.description !== undefined) && !grades.some((g) => g.label === 'iceberg'), 'grades with descriptions, not the backup grade');
    assert.ok(r.log.some((l) => /Adding disc data to staging\.web\.demo…/.test(l)));
  });

  it('Add Disc: the label and size are checked as typed; Escape cancels without a write', async () => {
    const r = await rig();
    assert.equal(await addDisc(r.ctx, r.estate.children(r.node('staging'))[0]), undefined);
    const v = r.ui.of('input')[0]!.opts.validate!;
    assert.match(v('vda')!, /device name/);
    assert.match(v('disc-1')!, /already has a disc called disc-1/);
    assert.equal(v('data'), undefined);
    assertNoWrites(h);
  });

  it('Add Disc: a 400 is said field by field', async () => {
    const r = await rig();
    h.sim.faults.failNext({ method: 'POST', path: /\/discs$/, status: 400, body: '{"size":["is too large"]}' });
    r.ui.script('input', 'data').pickLabel('sata').script('input', '30');
    assert.equal(await addDisc(r.ctx, r.estate.children(r.node('staging'))[0]), false);
    assertSaid(r, /Could not add disc data to staging\.web\.demo: .*size \(MiB\) is too large/s);
  });

  it('Resize Disc: grow only, and says a restart is needed; the disc spins meanwhile', async () => {
    const r = await rig();
    r.ui.script('input', '40');
    const row = discRow(r, 'staging', 'disc-1');
    const seen: (string | undefined)[] = [];
    r.estate.onDidChange((c) => c?.includes(row) && seen.push(row.busy));
    assert.equal(await resizeDisc(r.ctx, row), true);
    assert.deepEqual(seen.slice(0, 2), ['Resizing…', undefined]);
    assert.equal(row.busy, undefined);
    assert.equal(staging().discs[0]!.size, 40960);
    assertSaid(r, /Resized disc-1 of staging\.web\.demo to 40 GiB\. Restart the server/);
    const v = r.ui.of('input')[0]!.opts.validate!;
    assert.match(v('20')!, /can only grow/);
  });

  it('Resize Disc: cancel writes nothing; a failure is reported', async () => {
    const r = await rig();
    assert.equal(await resizeDisc(r.ctx, discRow(r, 'staging', 'disc-1')), undefined);
    assertNoWrites(h);
    h.sim.faults.failNext({ method: 'PUT', path: /\/discs\//, status: 403 });
    r.ui.script('input', '40');
    assert.equal(await resizeDisc(r.ctx, discRow(r, 'staging', 'disc-1')), false);
    assertSaid(r, /Could not resize disc-1 of staging\.web\.demo: you are not allowed/);
  });

  it('Delete Disc: only after typing the label', async () => {
    const r = await rig();
    assert.equal(await deleteDisc(r.ctx, discRow(r, 'db1', 'backups')), undefined);
    assertNoWrites(h);
    r.ui.script('input', 'backups');
    assert.equal(await deleteDisc(r.ctx, discRow(r, 'db1', 'backups')), true);
    assert.ok(!h.sim.state.findServer('demo', 'db', 'db1')!.discs.some((d) => d.label === 'backups'));
    assert.throws(() => discRow(r, 'db1', 'backups'));
  });

  it('Move Disc: refused while running, said in words; moves between stopped servers', async () => {
    const r = await rig();
    assert.equal(await moveDisc(r.ctx, discRow(r, 'db1', 'backups')), undefined);
    assertSaid(r, /Power the server off first/);
    r.ui.pickLabel('scratch').script('ask', 'Move');
    // staging's only disc is its root disc; give it a second one to move.
    await r.brain.discs.create({ account: 'demo', group: 'web', server: 'staging' }, { label: 'extra', size: 1024 });
    await r.ctx.refreshServer((await r.ctx.resolveServer(r.node('staging'), { action: 'showProperties', placeHolder: '' }))!);
    assert.equal(await moveDisc(r.ctx, discRow(r, 'staging', 'extra')), true);
    assert.ok(h.sim.state.findServer('demo', 'default', 'scratch')!.discs.some((d) => d.label === 'extra'));
  });
});
