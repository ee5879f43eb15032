// The memory part of test/bench/fleet.ts: the heap before sign-in, signed in with 10,000 servers
// loaded and drawn, and after sign-out (a profile's real wiring, its tree provider and a
// VS Code-like walker that drew every account and group).
import { shutdownSpec } from '../../src/commands/server/shutdown';
import type { EstateNode } from '../../src/estate/nodes';
import { targetFromNode } from '../../src/estate/targets';
import { startSimulator, type Simulator } from '../simulator';
import { startFleet, type Fleet } from '../support/fleetCore';
import { TreeWalker } from '../support/treeWalker';
import { makeVscodeStub, withVscodeStub } from '../support/vscodeStub';

import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { writeHeapSnapshot } from 'node:v8';

const MB = 1024 * 1024;

/**
 * What is reachable, as a heap snapshot counts it (the sum of every reachable object's own size).
 * `heapUsed` after `gc()` also holds what V8 keeps until memory is short (compiled code, feedback,
 * weak caches): not the estate, and enough to make the same sign-out read +16% or −2% from run to
 * run. A snapshot's collection drops those, and it counts only what is still referenced.
 */
let snapshots = 0;

async function heap(): Promise<number> {
  global.gc!();
  await new Promise((r) => setImmediate(r));
  const file = writeHeapSnapshot(path.join(tmpdir(), `bigv-bench-${process.pid}-${++snapshots}.heapsnapshot`));
  try {
    const snap = JSON.parse(readFileSync(file, 'utf8')) as { snapshot: { meta: { node_fields: string[] } }; nodes: number[] };
    const fields = snap.snapshot.meta.node_fields;
    const size = fields.indexOf('self_size');
    let total = 0;
    for (let i = size; i < snap.nodes.length; i += fields.length) total += snap.nodes[i]!;
    return total;
  } finally {
    rmSync(file, { force: true });
  }
}

/**
 * Two rounds over the same estate. The first one's growth is code, not data: signing in loads the
 * API bundle, zod and undici, which stay loaded (as in the extension host), and V8 compiles what
 * a 10,000-server load runs hot. The second round shows what a sign-out gives back. (Found with
 * a heap-snapshot diff and its retainer paths; an ordinary gc() and heapUsed moved by ±15% from
 * run to run on caches V8 keeps until memory is short.)
 */
export async function heapFigures(say: (k: string, v: string) => void): Promise<void> {
  const sim = await startSimulator({ port: 0, vms: 10_000, transitionMs: 0 });
  for (const which of ['first round (code loads and compiles)', 'second round']) {
    const { before, signedIn, after, servers } = await round(sim);
    const pct = ((after - before) / before) * 100;
    say(`heap snapshot, ${servers} servers, ${which}: before sign-in / signed in / after sign-out`,
      `${(before / MB).toFixed(1)} / ${(signedIn / MB).toFixed(1)} / ${(after / MB).toFixed(1)} MB (after sign-out ${pct >= 0 ? '+' : ''}${pct.toFixed(1)}% of before; goal within 10%)`);
  }
  await sim.stop();
}

/**
 * Used, not only loaded: a bulk action run and polled to the end, and servers' rows read. In a
 * function of its own: a node still in a local of the caller's frame (which a heap snapshot sees,
 * through the suspended async function) holds the whole tree through its parents, and read as a
 * +15% "leak" of the sign-out until this moved here.
 */
async function use(fleet: Fleet, provider: { getChildren(n?: EstateNode): Promise<EstateNode[]> | EstateNode[] }): Promise<void> {
  const some = fleet.core.estate.servers().filter((n) => n.vm.power_on).slice(0, 100);
  await fleet.core.runner.run(some.map(targetFromNode), shutdownSpec);
  while (fleet.core.poller.size > 0) await new Promise((r) => setTimeout(r, 20));
  for (const n of some.slice(0, 20)) for (const row of await provider.getChildren(n)) await provider.getChildren(row);
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
  await use(fleet, provider);
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
