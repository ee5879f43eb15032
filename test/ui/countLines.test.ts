// One server's change costs the tree provider the rows that changed, not the estate: with 10,000
// servers all open, a power change used to redraw the open account (VS Code then asks for every
// open row under it again). Now the open containers' count lines are drawn late, together, and
// at once when closed; a collapsed or small container's line is still redrawn at once.
import assert from 'node:assert/strict';
import type { Account } from '../../src/api/schemas';
import type { EstateNode } from '../../src/estate/nodes';
import { account, vm } from '../estate/fixtures';
import { TreeWalker } from '../support/treeWalker';
import { makeVscodeStub, withVscodeStub } from '../support/vscodeStub';

const { vscode } = makeVscodeStub();
const { ServerTreeProvider } = withVscodeStub(vscode, () => require('../../src/ui/treeProvider') as typeof import('../../src/ui/treeProvider'));
const { Estate } = require('../../src/estate/estate') as typeof import('../../src/estate/estate');

/** `accounts` accounts of `groups` groups of `per` servers; every fifth server stopped. */
export function fleet(accounts: number, groups: number, per: number): Account[] {
  let id = 1;
  return Array.from({ length: accounts }, (_, a) => account(a + 1, `acct${a + 1}`, Array.from({ length: groups }, (_, g) => {
    const gid = 100 * (a + 1) + g;
    return { id: gid, name: `g${g}`, vms: Array.from({ length: per }, () => vm({ id: id, name: `s${id}`, group_id: gid, power_on: id++ % 5 !== 0 })) };
  })));
}

async function setup(data: Account[], openAll: boolean) {
  const estate = new Estate();
  estate.replace(data, false);
  const provider = new ServerTreeProvider(estate, () => undefined);
  const isContainer = (n: EstateNode) => n.kind === 'account' || n.kind === 'group';
  const walker = new TreeWalker<EstateNode>(provider, (n, item) => (openAll ? isContainer(n) : item.collapsibleState === 2), (n) => provider.expanded(n, true));
  await walker.paint();
  return { estate, provider, walker };
}

function flip(estate: InstanceType<typeof Estate>, id: number): void {
  const node = estate.server(id)!;
  estate.patchServer({ ...node.vm, power_on: !node.vm.power_on });
}

describe('ui/treeProvider: one server\'s change redraws its rows, not the estate', () => {
  it('10,000 servers, everything open: a power change costs at most 10 calls; the count lines follow once, together', async () => {
    const { estate, provider, walker } = await setup(fleet(2, 50, 100), true);
    const acct = estate.accountNodes[0]!;
    const group = acct.groups[3]!;
    const before = provider.getTreeItem(group).description;
    flip(estate, group.servers[1]!.vm.id);
    const cost = await walker.settle();
    assert.ok(cost.total <= 10, `one change cost ${cost.total} calls`);
    assert.equal(provider.counts.pending, 2, 'the group\'s and the account\'s lines are late');
    flip(estate, group.servers[2]!.vm.id);
    flip(estate, acct.groups[7]!.servers[0]!.vm.id);
    assert.ok((await walker.settle()).total <= 20);
    provider.counts.flush();
    const late = await walker.settle();
    // The account is redrawn with every row open below it, once for all three changes.
    assert.ok(late.total > 5000, `${late.total}`);
    assert.notEqual(provider.getTreeItem(group).description, before);
    assert.equal(provider.counts.pending, 0);
  });

  it('a change and its undoing before the lines are drawn draws no line at all', async () => {
    const { estate, provider, walker } = await setup(fleet(1, 10, 100), true);
    const id = estate.accountNodes[0]!.groups[0]!.servers[0]!.vm.id;
    flip(estate, id);
    flip(estate, id);
    await walker.settle();
    provider.counts.flush();
    assert.equal((await walker.settle()).total, 0);
  });

  it('closing a container with a late line draws it at once, and closed it is redrawn at once', async () => {
    const { estate, provider, walker } = await setup(fleet(1, 10, 100), true);
    const group = estate.accountNodes[0]!.groups[0]!;
    flip(estate, group.servers[0]!.vm.id);
    await walker.settle();
    assert.equal(provider.counts.pending, 2);
    const fired: unknown[] = [];
    provider.onDidChangeTreeData((e) => fired.push(e));
    provider.expanded(group, false);
    assert.deepEqual(fired, [[group]]);
    flip(estate, group.servers[1]!.vm.id);
    assert.ok((fired[1] as EstateNode[]).includes(group), 'closed: its line at once');
  });

  it('a small open group (a few rows) still has its line redrawn at once', async () => {
    const { estate, provider, walker } = await setup(fleet(1, 2, 5), false);
    const group = estate.accountNodes[0]!.groups[0]!;
    const fired: EstateNode[][] = [];
    provider.onDidChangeTreeData((e) => fired.push(e as EstateNode[]));
    flip(estate, group.servers[0]!.vm.id);
    assert.deepEqual(fired[0]!.map((n) => n.id).sort(), ['account:1', 'group:100', `server:${group.servers[0]!.vm.id}`]);
    assert.equal(provider.counts.pending, 0);
    await walker.settle();
  });
});
