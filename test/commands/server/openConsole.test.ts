import assert from 'node:assert/strict';
import { openConsole } from '../../../src/commands/server/openConsole';
import { useCommandRig } from '../../support/commandHarness';
import { assertSaid } from './power';

describe('command: openConsole', () => {
  const { rig } = useCommandRig();

  it('opens the console of a stopped server too (to watch it boot)', async () => {
    const r = await rig();
    await openConsole(r.ctx, r.node('staging'));
    assert.deepEqual(r.opened, ['console staging.web.demo']);
  });

  it('from the palette, Escape opens nothing', async () => {
    const r = await rig();
    await openConsole(r.ctx);
    assert.deepEqual(r.opened, []);
  });

  it('a deleted server is refused with the reason', async () => {
    const r = await rig({ showDeleted: true });
    await openConsole(r.ctx, r.node('db-old'));
    assert.deepEqual(r.opened, []);
    assertSaid(r, /db-old\.db\.demo is deleted\. Restore it first\./);
  });
});
