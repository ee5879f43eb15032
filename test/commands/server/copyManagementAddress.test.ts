import assert from 'node:assert/strict';
import { copyManagementAddress } from '../../../src/commands/server/copyManagementAddress';
import { useCommandRig } from '../../support/commandHarness';
import { assertFlashed, copied } from './copy';

describe('command: copyManagementAddress', () => {
  const { rig } = useCommandRig();

  it('copies the management address', async () => {
    const r = await rig();
    const address = r.node('web1').vm.management_address!;
    assert.equal(await copyManagementAddress(r.ctx, r.node('web1')), address);
    assertFlashed(r, address);
  });

  it('from the palette, Escape copies nothing', async () => {
    const r = await rig();
    assert.equal(await copyManagementAddress(r.ctx), undefined);
    assert.deepEqual(copied(r), []);
  });

  it('a server without one says so', async () => {
    const r = await rig();
    r.node('web1').vm.management_address = null;
    assert.equal(await copyManagementAddress(r.ctx, r.node('web1')), undefined);
    assert.ok(r.ui.said.some((s) => /has no management address/.test(s)));
  });
});
