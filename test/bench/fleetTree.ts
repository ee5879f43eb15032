// The tree-provider part of test/bench/fleet.ts: calls per single-server change at 10,000
// servers with every account and group open, as a VS Code-like walker makes them.
import type { Account } from '../../src/api/schemas';
import { Estate } from '../../src/estate/estate';
import type { EstateNode } from '../../src/estate/nodes';
import { account, vm } from '../estate/fixtures';
import { TreeWalker } from '../support/treeWalker';
import { makeVscodeStub, withVscodeStub } from '../support/vscodeStub';

function fleet(accounts: number, groups: number, per: number): Account[] {
  let id = 1;
  return Array.from({ length: accounts }, (_, a) => account(a + 1, `acct${a + 1}`, Array.from({ length: groups }, (_, g) => {
    const gid = 100 * (a + 1) + g;
    return { id: gid, name: `g${g}`, vms: Array.from({ length: per }, () => vm({ id: id, name: `s${id}`, group_id: gid, power_on: id++ % 5 !== 0 })) };
  })));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function treeCalls(say: (k: string, v: string) => void): Promise<void> {
  const { vscode } = makeVscodeStub();
  const { ServerTreeProvider } = withVscodeStub(vscode, () => require('../../src/ui/treeProvider') as typeof import('../../src/ui/treeProvider'));
  const estate = new Estate();
  estate.replace(fleet(2, 50, 100), false);
  const provider = new ServerTreeProvider(estate, () => undefined);
  const open = (n: EstateNode) => n.kind === 'account' || n.kind === 'group';
  const walker = new TreeWalker<EstateNode>(provider, open, (n) => provider.expanded(n, true));
  await walker.paint();
  const painted = walker.calls.getTreeItem + walker.calls.getChildren;
  const costs: number[] = [];
  const servers = estate.servers();
  for (let i = 0; i < 25; i++) {
    const node = servers[(i * 397) % servers.length]!;
    estate.patchServer({ ...node.vm, power_on: !node.vm.power_on });
    costs.push((await walker.settle()).total);
  }
  provider.counts.flush();
  const late = (await walker.settle()).total;
  // Then: the account redrawn for the change (its count line), which VS Code answers by asking for every open row under it.
  (provider as unknown as { emitter: { fire(e: EstateNode[]): void } }).emitter.fire([estate.accountNodes[0]!]);
  const then = (await walker.settle()).total;
  say('tree-provider calls per single-server change (10,000 servers, all open)',
    `now max ${Math.max(...costs)}, median ${median(costs)} (then ${then}: the account redrawn); the late count lines, drawn once for all ${costs.length} changes: ${late} calls; first paint ${painted}`);
  provider.dispose();
}
