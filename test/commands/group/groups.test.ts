import assert from 'node:assert/strict';
import { addGroup } from '../../../src/commands/group/addGroup';
import { deleteGroup } from '../../../src/commands/group/deleteGroup';
import { renameGroup } from '../../../src/commands/group/renameGroup';
import type { AccountNode, GroupNode } from '../../../src/estate/nodes';
import type { CommandRig } from '../../support/commandHarness';
import { useCommandRig } from '../../support/commandHarness';
import { assertNoWrites, assertSaid } from '../server/power';

const accountNode = (r: CommandRig, name: string): AccountNode => r.estate.accountNodes.find((a) => a.account.name === name)!;
const groupNode = (r: CommandRig, account: string, group: string): GroupNode => accountNode(r, account).groups.find((g) => g.group.name === group)!;
const groupNames = (r: CommandRig, account: string) => accountNode(r, account).groups.map((g) => g.group.name);

describe('commands: addGroup, renameGroup, deleteGroup', () => {
  const { h, rig } = useCommandRig();

  it('add, rename and delete an empty group; the tree follows', async () => {
    const r = await rig();
    r.ui.script('input', 'staging');
    assert.equal(await addGroup(r.ctx, accountNode(r, 'demo')), true);
    assert.ok(groupNames(r, 'demo').includes('staging'));
    assert.match(r.ui.of('input')[0]!.opts.validate!('web') ?? '', /demo already has something called web/);

    r.ui.script('input', 'stage');
    assert.equal(await renameGroup(r.ctx, groupNode(r, 'demo', 'staging')), true);
    assert.ok(groupNames(r, 'demo').includes('stage'));

    r.ui.script('ask', 'Delete Group');
    assert.equal(await deleteGroup(r.ctx, groupNode(r, 'demo', 'stage')), true);
    assert.ok(!groupNames(r, 'demo').includes('stage'));
    assert.ok(r.log.some((l) => /Deleting group stage\.demo: done/.test(l)));
  });

  it('a group holding servers says so and does nothing by default', async () => {
    const r = await rig();
    assert.equal(await deleteGroup(r.ctx, groupNode(r, 'demo', 'web')), undefined);
    assert.match(r.ui.of('ask')[0]!.message, /web\.demo holds 3 servers: web1, web2, staging/);
    assert.deepEqual(r.ui.of('ask')[0]!.buttons, ['Show Its Servers', 'Delete Its Servers Too…'], 'the default (first) button is the harmless one');
    r.ui.script('ask', 'Show Its Servers');
    assert.equal(await deleteGroup(r.ctx, groupNode(r, 'demo', 'web')), undefined);
    assert.match(r.opened.at(-1) ?? '', /^reveal \w+\.web\.demo$/);
    assertNoWrites(h);
  });

  it('"Delete Its Servers Too" needs the group name typed, then purges them and the group', async () => {
    const r = await rig();
    r.ui.script('ask', 'Delete Its Servers Too…', 'Delete Its Servers Too…');
    r.ui.script('input', 'web');
    assert.equal(await deleteGroup(r.ctx, groupNode(r, 'demo', 'web')), true);
    assert.ok(!groupNames(r, 'demo').includes('web'));
    assert.equal(h.sim.state.findServer('demo', 'web', 'web1'), undefined);
    const r2 = await rig();
    r2.ui.script('ask', 'Delete Its Servers Too…');
    r2.ui.script('input', undefined);
    assert.equal(await deleteGroup(r2.ctx, groupNode(r2, 'demo', 'db')), undefined);
    assert.ok(h.sim.state.findServer('demo', 'db', 'db1'), 'not typed: nothing destroyed');
  });

  it('a read-only user is told which privilege is missing; the default group is not offered', async () => {
    const r = await rig({ user: 'viewer' });
    r.ui.script('input', 'x1');
    assert.equal(await addGroup(r.ctx, accountNode(r, 'demo')), false);
    assertSaid(r, /Could not add group x1 to demo: you can see this but not change it: it needs the account administrator privilege on demo/);
    assert.equal(await renameGroup(r.ctx, groupNode(r, 'demo', 'default')), undefined);
    assertSaid(r, /default group of an account cannot be renamed/);
  });
});
