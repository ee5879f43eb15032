import assert from 'node:assert/strict';
import { copyHostname } from '../../../src/commands/server/copyHostname';
import { useCommandRig } from '../../support/commandHarness';
import { assertFlashed, copied } from './copy';

describe('command: copyHostname', () => {
  const { rig } = useCommandRig();

  it('copies the hostname and says so in the status bar', async () => {
    const r = await rig();
    const host = r.node('web1').vm.hostname!;
    assert.equal(await copyHostname(r.ctx, r.node('web1')), host);
    assert.deepEqual(copied(r), [host]);
    assertFlashed(r, host);
  });

  it('from the palette, Escape copies nothing', async () => {
    const r = await rig();
    assert.equal(await copyHostname(r.ctx), undefined);
    assert.deepEqual(copied(r), []);
  });

  it('a server without a hostname says so', async () => {
    const r = await rig();
    r.node('web1').vm.hostname = undefined;
    assert.equal(await copyHostname(r.ctx, r.node('web1')), undefined);
    assert.ok(r.ui.said.some((s) => /gave no hostname/.test(s)));
  });
});
