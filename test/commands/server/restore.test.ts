import assert from 'node:assert/strict';
import { restore } from '../../../src/commands/server/restore';
import { useCommandRig } from '../../support/commandHarness';
import { assertNoWrites, assertSaid } from './power';

describe('command: restore', () => {
  const { h, rig } = useCommandRig();

  it('from the palette with deleted servers hidden: offers to show them, then restores the pick', async () => {
    const r = await rig();
    r.ui.script('notify', 'Show Deleted Servers').pickManyLabels('db-old');
    assert.equal(await restore(r.ctx), true);
    await r.settled();
    assert.equal(h.sim.state.findServer('demo', 'db', 'db-old')!.deleted, false);
    assertSaid(r, /Restored db-old\.db\.demo\. It stays powered off/);
    assert.match(r.ui.of('notify')[0]!.message, /^\d+ deleted servers? (is|are) hidden/, 'says how many are hidden');
  });

  it('from the palette with no deleted servers at all: says so, and asks nothing', async () => {
    const r = await rig();
    for (const s of h.sim.state.servers()) if (s.deleted) (h.sim.state as unknown as { purge(x: typeof s): void }).purge(s);
    assert.equal(await restore(r.ctx), undefined);
    assert.deepEqual(r.ui.of('notify').map((n) => [n.message, n.buttons]), [['You have no deleted servers to restore.', []]]);
    assertNoWrites(h);
  });

  it('declining to show deleted servers does nothing', async () => {
    const r = await rig();
    assert.equal(await restore(r.ctx), undefined);
    assertNoWrites(h);
  });

  it('a failure is reported', async () => {
    const r = await rig({ showDeleted: true });
    h.sim.faults.failNext({ method: 'PUT', path: /virtual_machines/, status: 403 });
    assert.equal(await restore(r.ctx, r.node('db-old')), false);
    assertSaid(r, /Restoring db-old\.db\.demo failed/);
  });
});
