import assert from 'node:assert/strict';
import { openGraphicalConsole } from '../../../src/commands/server/openGraphicalConsole';
import { useCommandRig } from '../../support/commandHarness';
import { assertSaid } from './power';

describe('command: openGraphicalConsole', () => {
  const { rig } = useCommandRig();

  it('opens the screen of a running or stopped server', async () => {
    const r = await rig();
    await openGraphicalConsole(r.ctx, r.node('web1'));
    await openGraphicalConsole(r.ctx, r.node('staging'));
    assert.deepEqual(r.opened, ['screen web1.web.demo', 'screen staging.web.demo']);
  });

  it('from the palette, Escape opens nothing', async () => {
    const r = await rig();
    await openGraphicalConsole(r.ctx);
    assert.deepEqual(r.opened, []);
  });

  it('a deleted server is refused with the reason', async () => {
    const r = await rig({ showDeleted: true });
    await openGraphicalConsole(r.ctx, r.node('db-old'));
    assert.deepEqual(r.opened, []);
    assertSaid(r, /is deleted\. Restore it first/);
  });
});
