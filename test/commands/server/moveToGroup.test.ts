import assert from 'node:assert/strict';
import { moveToGroup } from '../../../src/commands/server/moveToGroup';
import { useCommandRig } from '../../support/commandHarness';
import { labelled } from './manage';
import { assertNoWrites, assertSaid, runOnNode } from './power';

describe('command: moveToGroup', () => {
  const { h, rig } = useCommandRig();

  it('a stopped server moves at once; only groups the user administers are offered', async () => {
    const r = await rig();
    assert.equal(await runOnNode(r, moveToGroup, 'staging', (x) => x.ui.script('pick', labelled('db'))), true);
    assert.ok(h.sim.state.findServer('demo', 'db', 'staging'));
    assert.equal(r.node('staging').parent.group.name, 'db', 'moved in the tree');
    const offered = r.ui.of('pick')[0]!.items.map((i) => `${i.label}.${i.description}`);
    assert.ok(!offered.some((o) => o.startsWith('web.')), 'not its own group');
    assertSaid(r, /Moved staging to db\.demo/);
  });

  it('a running server: Shut Down, Move and Start as one action', async () => {
    const r = await rig();
    const ok = await runOnNode(r, moveToGroup, 'web2', (x) => {
      x.ui.script('pick', labelled('db'));
      x.ui.script('ask', 'Shut Down, Move and Start');
    });
    assert.equal(ok, true);
    const s = h.sim.state.findServer('demo', 'db', 'web2')!;
    assert.equal(s.power_on, true);
    assert.equal(s.signals[0]?.signal, 'powerdown');
  });

  it('cancel at the question sends nothing; a group with the same name is refused before sending', async () => {
    const r = await rig();
    assert.equal(await runOnNode(r, moveToGroup, 'web2', (x) => x.ui.script('pick', labelled('db'))), undefined);
    await r.brain.servers.rename({ account: 'demo', group: 'db', server: 'db2' }, 'web1');
    await r.ctx.refreshAll();
    h.sim.requests.length = 0;
    r.ui.script('pick', labelled('db'));
    const inWeb = r.estate.servers().find((x) => x.vm.name === 'web1' && x.parent.group.name === 'web');
    assert.equal(await moveToGroup(r.ctx, inWeb), undefined);
    assert.match(r.ui.of('pick').at(-1)!.items.find((i) => i.label === 'db')!.description ?? '', /already has a server called web1/);
    assertSaid(r, /db\.demo already has a server called web1/);
    assertNoWrites(h);
  });

  it('a user who administers no other group is told so', async () => {
    const r = await rig({ user: 'viewer' });
    assert.equal(await runOnNode(r, moveToGroup, 'web2'), undefined);
    assertSaid(r, /no other group you administer/);
  });
});
