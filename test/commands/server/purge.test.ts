import assert from 'node:assert/strict';
import { purge } from '../../../src/commands/server/purge';
import { useCommandRig } from '../../support/commandHarness';
import { assertNoWrites, assertSaid } from './power';

describe('command: purge', () => {
  const { h, rig } = useCommandRig();

  it('a deleted server: typing its name purges it and drops it from the tree', async () => {
    const r = await rig({ showDeleted: true });
    r.ui.script('input', 'db-old');
    assert.equal(await purge(r.ctx, r.node('db-old')), true);
    assert.equal(h.sim.state.findServer('demo', 'db', 'db-old'), undefined);
    assert.ok(!r.estate.servers().some((s) => s.vm.name === 'db-old'));
    assertSaid(r, /Purged db-old\.db\.demo/);
  });

  it('a live server is refused: delete it first', async () => {
    const r = await rig();
    assert.equal(await purge(r.ctx, r.node('web1')), undefined);
    assertSaid(r, /web1\.web\.demo is not deleted\. Delete it first\./);
    assertNoWrites(h);
  });

  it('with nothing deleted shown, the palette says what is missing instead of an empty pick', async () => {
    const r = await rig();
    assert.equal(await purge(r.ctx), undefined);
    assertSaid(r, /No deleted servers are shown\. Show deleted servers/);
    assert.equal(r.ui.of('pick').length, 0);
  });

  it('a failure is reported and the server stays', async () => {
    const r = await rig({ showDeleted: true });
    h.sim.faults.failNext({ method: 'DELETE', status: 403 });
    r.ui.script('input', 'db-old');
    assert.equal(await purge(r.ctx, r.node('db-old')), false);
    assertSaid(r, /Purging db-old\.db\.demo failed/);
    assert.ok(r.estate.servers().some((s) => s.vm.name === 'db-old'));
  });
});
