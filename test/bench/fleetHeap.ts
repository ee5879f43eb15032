// The memory part of test/bench/fleet.ts: the heap before sign-in, signed in with 10,000 servers
// loaded and drawn, and after sign-out (a profile's real wiring, its tree provider and a
// VS Code-like walker that drew every account and group).
import { shutdownSpec } from '../../src/commands/server/shutdown';
import type { EstateNode } from '../../src/estate/nodes';
import { targetFromNode } from '../../src/estate/targets';
import { startSimulator, type Simulator } from '../simulator';
import { startFleet } from '../support/fleetCore';
import { TreeWalker } from '../support/treeWalker';
import { makeVscodeStub, withVscodeStub } from '../support/vscodeStub';

const MB = 1024 * 1024;

async function heap(): Promise<number> {
  for (let i = 0; i < 4; i++) {
    global.gc!();
    await new Promise((r) => setImmediate(r));
  }
  return process.memoryUsage().heapUsed;
}

/** One round of the same over the seed estate first: the code a first round loads and compiles (the HTTP client, zod, the runner) is not the estate. */
async function warmUp(): Promise<void> {
  const sim = await startSimulator({ port: 0, transitionMs: 0 });
  await round(sim);
  await sim.stop();
}

export async function heapFigures(say: (k: string, v: string) => void): Promise<void> {
  await warmUp();
  const sim = await startSimulator({ port: 0, vms: 10_000, transitionMs: 0 });
  const { before, signedIn, after, servers } = await round(sim);
  const pct = ((after - before) / before) * 100;
  say(`heap (${servers} servers, after a first round loaded the code): before sign-in / signed in / after sign-out`,
    `${(before / MB).toFixed(1)} / ${(signedIn / MB).toFixed(1)} / ${(after / MB).toFixed(1)} MB (after sign-out ${pct >= 0 ? '+' : ''}${pct.toFixed(1)}% of before; goal within 10%)`);
  await sim.stop();
}

/** Signs in, loads and draws the tree, shuts 100 servers down and reads 20 servers' rows, signs out; the heap at each step. */
async function round(sim: Simulator): Promise<{ before: number; signedIn: number; after: number; servers: number }> {
  const { vscode } = makeVscodeStub();
  const { ServerTreeProvider } = withVscodeStub(vscode, () => require('../../src/ui/treeProvider') as typeof import('../../src/ui/treeProvider'));
  const fleet = await startFleet({ vms: 0, sim, signIn: false, pollSeconds: 0.05 });
  const provider = new ServerTreeProvider(fleet.core.estate, () => undefined);
  const walker = new TreeWalker<EstateNode>(provider, (n) => n.kind === 'account' || n.kind === 'group', (n) => provider.expanded(n, true));
  await walker.paint();
  const before = await heap();
  if (!(await fleet.core.session.signIn())) throw new Error('could not sign in');
  await fleet.core.loader.refreshAll();
  await walker.settle();
  // Used, not only loaded: a bulk action run and polled to the end, and servers' rows read.
  const some = fleet.core.estate.servers().filter((n) => n.vm.power_on).slice(0, 100);
  await fleet.core.runner.run(some.map(targetFromNode), shutdownSpec);
  while (fleet.core.poller.size > 0) await new Promise((r) => setTimeout(r, 20));
  for (const n of some.slice(0, 20)) for (const row of await provider.getChildren(n)) await provider.getChildren(row);
  await walker.settle();
  const servers = fleet.core.estate.servers().length;
  const signedIn = await heap();
  await fleet.core.session.signOut();
  await walker.settle();
  fleet.spans.length = 0;
  fleet.sim.requests.length = 0;
  const after = await heap();
  provider.dispose();
  await fleet.dispose();
  return { before, signedIn, after, servers };
}
