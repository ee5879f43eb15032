import assert from 'node:assert/strict';
import { openSshTerminal } from '../../../src/commands/server/openSshTerminal';
import { useCommandRig } from '../../support/commandHarness';
import { assertSaid } from './power';

describe('command: openSshTerminal', () => {
  const { rig } = useCommandRig();

  it('opens an SSH terminal to a running server', async () => {
    const r = await rig();
    await openSshTerminal(r.ctx, r.node('web1'));
    assert.deepEqual(r.opened, ['ssh web1.web.demo']);
  });

  it('a stopped server is refused', async () => {
    const r = await rig();
    await openSshTerminal(r.ctx, r.node('staging'));
    assert.deepEqual(r.opened, []);
    assertSaid(r, /powered off/);
  });

  it('from the palette, offers running servers only', async () => {
    const r = await rig();
    r.ui.script('pick', (call) => (call.kind === 'pick' ? call.items.find((i) => i.label.includes('web1')) : undefined));
    await openSshTerminal(r.ctx);
    const pick = r.ui.of('pick')[0]!;
    assert.ok(pick.items.every((i) => !i.label.includes('staging')), pick.items.map((i) => i.label).join(', '));
    assert.deepEqual(r.opened, ['ssh web1.web.demo']);
  });
});
