import assert from 'node:assert/strict';
import { showProperties } from '../../../src/commands/server/showProperties';
import { useCommandRig } from '../../support/commandHarness';

describe('command: showProperties', () => {
  const { rig } = useCommandRig();

  it('opens the properties of the node, deleted ones included', async () => {
    const r = await rig({ showDeleted: true });
    await showProperties(r.ctx, r.node('db-old'));
    assert.deepEqual(r.opened, ['properties db-old.db.demo']);
  });

  it('from the palette: the pick searches name.group.account; Escape opens nothing', async () => {
    const r = await rig();
    await showProperties(r.ctx);
    const pick = r.ui.of('pick')[0]!;
    assert.equal(pick.opts.fullName?.(pick.items.find((i) => i.label === 'web1')!), 'web1.web.demo');
    assert.deepEqual(r.opened, []);
  });

  it('picking a server opens it', async () => {
    const r = await rig();
    r.ui.pickLabel('app1');
    await showProperties(r.ctx);
    assert.deepEqual(r.opened, ['properties app1.prod.acme']);
  });
});
