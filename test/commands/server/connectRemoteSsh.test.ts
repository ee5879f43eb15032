import assert from 'node:assert/strict';
import { connectRemoteSsh } from '../../../src/commands/server/connectRemoteSsh';
import { useCommandRig } from '../../support/commandHarness';
import { assertSaid } from './power';

describe('command: connectRemoteSsh', () => {
  const { rig } = useCommandRig();

  it('opens a Remote-SSH window on the server hostname', async () => {
    const r = await rig({ remoteSshInstalled: true });
    await connectRemoteSsh(r.ctx, r.node('web1'));
    assert.equal(r.opened.length, 1);
    assert.match(r.opened[0]!, /^remote-ssh web1\./);
  });

  it('without the extension, offers to show it; dismissing does nothing', async () => {
    const r = await rig({ remoteSshInstalled: false });
    await connectRemoteSsh(r.ctx, r.node('web1'));
    assert.deepEqual(r.opened, []);
    assertSaid(r, /needs the Remote - SSH extension/);
  });

  it('a stopped server is refused', async () => {
    const r = await rig({ remoteSshInstalled: true });
    await connectRemoteSsh(r.ctx, r.node('staging'));
    assert.deepEqual(r.opened, []);
    assertSaid(r, /powered off/);
  });
});
