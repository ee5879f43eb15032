import assert from 'node:assert/strict';
import { rename } from '../../../src/commands/server/rename';
import { useCommandRig } from '../../support/commandHarness';
import { assertNoWrites, assertSaid, runOnNode } from './power';

describe('command: rename', () => {
  const { h, rig } = useCommandRig();

  it('renames in place: the same node, the new name', async () => {
    const r = await rig();
    const node = r.node('web2');
    assert.equal(await runOnNode(r, rename, 'web2', (x) => x.ui.script('input', 'web9')), true);
    assert.ok(h.sim.state.findServer('demo', 'web', 'web9'));
    assert.equal(r.node('web9'), node, 'the tree node was updated in place');
    assertSaid(r, /Renamed to web9\.web\.demo/);
    const v = r.ui.of('input')[0]!.opts.validate!;
    assert.match(v('web1') ?? '', /already has something called web1/);
    assert.equal(v('web2'), undefined, 'its own name is not a clash');
    // The prompt says what the hostname becomes, not only what it was.
    const host = h.sim.state.findServer('demo', 'web', 'web9')!.hostname!.replace(/^web9\./, 'web2.');
    assert.equal(r.ui.of('input')[0]!.opts.prompt, `New name. The hostname changes with it: ${host} becomes <new name>${host.slice('web2'.length)}`);
  });

  it('Escape (or the same name) sends nothing', async () => {
    const r = await rig();
    assert.equal(await runOnNode(r, rename, 'web2'), undefined);
    assert.equal(await runOnNode(r, rename, 'web2', (x) => x.ui.script('input', 'web2')), undefined);
    assertNoWrites(h);
  });

  it('the API refusing is said per field', async () => {
    const r = await rig();
    h.sim.faults.failNext({ method: 'PUT', path: /virtual_machines/, status: 400, body: '{"name":["has already been taken"]}', contentType: 'application/json' });
    assert.equal(await runOnNode(r, rename, 'web2', (x) => x.ui.script('input', 'web8')), false);
    assertSaid(r, /Renaming web2\.web\.demo to web8 failed: the API refused the request:\n• Name has already been taken/);
  });
});
