// Under a filter the tree shows where the matches are: accounts and groups holding one open (even
// one the user collapsed, or a large group that starts collapsed), and their count lines count
// what is shown, of how many.
import assert from 'node:assert/strict';
import type { ServerFilter } from '../../src/model/filter';
import { account, vm } from '../estate/fixtures';
import { makeVscodeStub, withVscodeStub } from '../support/vscodeStub';

const { vscode } = makeVscodeStub();
const { ServerTreeProvider } = withVscodeStub(vscode, () => require('../../src/ui/treeProvider') as typeof import('../../src/ui/treeProvider'));
const { Estate } = require('../../src/estate/estate') as typeof import('../../src/estate/estate');

const EXPANDED = 2;
const COLLAPSED = 1;

function tree(filter: ServerFilter | undefined) {
  const estate = new Estate();
  // 30 servers: a group that large starts collapsed without a filter.
  const vms = Array.from({ length: 30 }, (_, i) => vm({ id: 100 + i, name: `web${i + 1}`, power_on: i % 2 === 0 }));
  estate.replace([account(1, 'demo', [{ id: 10, name: 'web', vms }]), account(2, 'b', []), account(3, 'c', []), account(4, 'd', [])], true);
  const provider = new ServerTreeProvider(estate, () => undefined, () => false, () => filter);
  const acc = estate.accountNodes.find((a) => a.account.name === 'demo')!;
  return { provider, acc, group: acc.groups[0]! };
}

describe('ui/treeProvider under a filter', () => {
  it('without one: the large group is collapsed, the counts are the whole group\'s', () => {
    const { provider, acc, group } = tree(undefined);
    const g = provider.getTreeItem(group);
    assert.equal(g.collapsibleState, COLLAPSED);
    assert.equal(g.id, group.id);
    assert.equal(g.description, '30 servers · 15 running');
    assert.equal(provider.getTreeItem(acc).collapsibleState, COLLAPSED, 'four accounts start collapsed');
  });

  it('with one: the account and group holding the match open under ids of their own, and count what is shown', () => {
    const { provider, acc, group } = tree({ text: 'web17' });
    const g = provider.getTreeItem(group);
    assert.equal(g.collapsibleState, EXPANDED);
    assert.equal(g.id, `${group.id}:filtered`);
    assert.equal(g.description, '1 server · 1 running · of 30');
    const a = provider.getTreeItem(acc);
    assert.equal(a.collapsibleState, EXPANDED);
    assert.equal(a.id, `${acc.id}:filtered`);
    assert.equal(a.description, '1 server · 1 running · of 30');
  });
});
