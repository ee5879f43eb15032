import assert from 'node:assert/strict';
import { hideDeleted } from '../../../src/commands/view/hideDeleted';
import { refresh } from '../../../src/commands/view/refresh';
import { showDeleted } from '../../../src/commands/view/showDeleted';
import { showLog } from '../../../src/commands/view/showLog';
import { useCommandRig } from '../../support/commandHarness';

describe('commands: refresh, showDeleted, hideDeleted, showLog', () => {
  const { h, rig } = useCommandRig();

  it('Refresh reloads the whole tree with one overview request', async () => {
    const r = await rig();
    h.sim.requests.length = 0;
    await refresh(r.ctx);
    assert.deepEqual(h.sim.requests.map((q) => q.path), ['/accounts']);
  });

  it('Refresh that fails keeps the servers already shown', async () => {
    const r = await rig();
    const before = r.estate.servers().length;
    h.sim.faults.failNext({ method: 'GET', path: '/accounts', status: 403 });
    await refresh(r.ctx);
    assert.equal(r.estate.status, 'loaded');
    assert.equal(r.estate.servers().length, before);
  });

  it('Show Deleted lists deleted servers; Hide Deleted drops them again', async () => {
    const r = await rig();
    await showDeleted(r.ctx);
    assert.ok(r.estate.servers().some((s) => s.vm.name === 'db-old'));
    assert.equal(r.ctx.view.showDeleted, true);
    await hideDeleted(r.ctx);
    assert.ok(!r.estate.servers().some((s) => s.vm.name === 'db-old'));
  });

  it('Show Log opens the log', async () => {
    const r = await rig();
    await showLog(r.ctx);
    assert.equal(r.ui.of('showLog').length, 1);
  });
});
