import assert from 'node:assert/strict';
import { sendKeys } from '../../../src/commands/server/sendKeys';
import { useCommandRig } from '../../support/commandHarness';
import { assertNoWrites, assertSaid } from './power';

describe('command: sendKeys', () => {
  const { h, rig } = useCommandRig();

  it('sends a common combination and says so', async () => {
    const r = await rig();
    r.ui.pickLabel('Ctrl+Alt+Delete');
    assert.equal(await sendKeys(r.ctx, r.node('web1')), true);
    assert.equal(h.sim.state.findServer('demo', 'web', 'web1')!.lastSignal?.data, 'ctrl-alt-delete');
    assertSaid(r, /Sent ctrl-alt-delete to web1\.web\.demo/);
  });

  it('typed keys are validated as typed and sent in wire form', async () => {
    const r = await rig();
    r.ui.script('pick', (c) => (c.kind === 'pick' ? c.items.at(-1) : undefined)).script('input', 'ctrl-alt-f3');
    assert.equal(await sendKeys(r.ctx, r.node('web1')), true);
    const validate = r.ui.of('input')[0]!.opts.validate!;
    assert.match(validate('ctrl-alt-fx') ?? '', /not a key the console knows/);
  });

  it('Escape at the key list sends nothing', async () => {
    const r = await rig();
    assert.equal(await sendKeys(r.ctx, r.node('web1')), undefined);
    assertNoWrites(h);
  });

  it('a failure is reported', async () => {
    const r = await rig();
    h.sim.faults.failNext({ method: 'POST', path: /signal/, status: 403 });
    r.ui.pickLabel('Esc');
    assert.equal(await sendKeys(r.ctx, r.node('web1')), false);
    assertSaid(r, /Sending esc to web1\.web\.demo failed/);
  });
});
