import assert from 'node:assert/strict';
import { deleteServer } from '../../../src/commands/server/delete';
import { useCommandRig } from '../../support/commandHarness';
import { assertNoWrites, assertSaid } from './power';

describe('command: delete', () => {
  const { h, rig } = useCommandRig();

  it('asks, deletes, and offers Restore as an undo', async () => {
    const r = await rig();
    r.ui.script('ask', 'Delete').script('notify', 'Restore');
    assert.equal(await deleteServer(r.ctx, r.node('scratch')), true);
    await r.settled();
    const undo = r.ui.of('notify').find((n) => n.buttons.includes('Restore'))!;
    assert.match(undo.message, /Deleted scratch\.default\.demo\. It can be restored/);
    // The undo ran: the server is back.
    await new Promise((res) => setTimeout(res, 200));
    await r.settled();
    assert.equal(h.sim.state.findServer('demo', 'default', 'scratch')!.deleted, false);
  });

  it('Cancel sends nothing', async () => {
    const r = await rig();
    assert.equal(await deleteServer(r.ctx, r.node('scratch')), undefined);
    assertNoWrites(h);
  });

  it('a failure is reported', async () => {
    const r = await rig();
    h.sim.faults.failNext({ method: 'DELETE', status: 403 });
    r.ui.script('ask', 'Delete');
    assert.equal(await deleteServer(r.ctx, r.node('scratch')), false);
    assertSaid(r, /Deleting scratch\.default\.demo failed/);
  });
});
