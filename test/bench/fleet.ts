// Benchmark (not a test): the fleet-scale figures of issue 23 in one run, side by side.
//   - requests during a bulk Shut Down of 100 and 1,000 servers: most in flight at once, and the
//     poller's requests per tick (now: one read per account; then: one GET per server);
//   - tree-provider calls per single-server change at 10,000 servers, every account and group
//     open (a VS Code-like walker, test/support/treeWalker.ts), and the late count-line redraw;
//   - time from activate() to the cached tree painted, 10,000 servers (test/bench/cachedTree.ts);
//   - first load and reload next to a bare JSON.parse at 10,000, 50,000 and 150,000 servers,
//     and 150,000 loaded end to end through the client (the overview's size cap);
//   - heap before sign-in, signed in (10,000 servers, tree drawn), and after sign-out.
//
//   node --expose-gc --max-old-space-size=8192 --import tsx test/bench/fleet.ts [--quick]
// (--quick: 10,000 and 50,000 only, and no cached-tree run). Prints figures; asserts nothing.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { shutdownSpec } from '../../src/commands/server/shutdown';
import { targetFromNode } from '../../src/estate/targets';
import { startFleet, mostInFlight, type Fleet } from '../support/fleetCore';
import { treeCalls } from './fleetTree';
import { heapFigures } from './fleetHeap';
import { loadRatios } from './fleetLoad';

const quick = process.argv.includes('--quick');
const out: Array<[string, string]> = [];
const say = (k: string, v: string) => {
  out.push([k, v]);
  console.error(`  … ${k}: ${v}`);
};

/** Shuts `n` running servers down with the profile's real runner and poller; the requests it cost. */
async function bulkShutDown(fleet: Fleet, n: number): Promise<{ most: number; pollMost: number; pollMean: number; ticks: number; total: number; ms: number }> {
  const { core, spans } = fleet;
  const targets = core.estate.servers().filter((s) => s.vm.power_on && !s.pending).slice(0, n).map(targetFromNode);
  const from = spans.length;
  const t0 = performance.now();
  await core.runner.run(targets, shutdownSpec);
  while (core.poller.size > 0) await new Promise((r) => setTimeout(r, 20));
  const mine = spans.slice(from);
  const perTick = new Map<number, number>();
  for (const s of mine) if (s.tick !== undefined) perTick.set(s.tick, (perTick.get(s.tick) ?? 0) + 1);
  const counts = [...perTick.values()];
  return {
    most: mostInFlight(mine),
    pollMost: Math.max(0, ...counts),
    pollMean: counts.length ? counts.reduce((a, b) => a + b, 0) / counts.length : 0,
    ticks: counts.length,
    total: mine.length,
    ms: performance.now() - t0,
  };
}

async function polling(): Promise<void> {
  for (const oneByOne of [false, true]) {
    // 10,000 servers in two accounts; a shutdown takes 2 s in the simulator, polled every 0.5 s.
    const fleet = await startFleet({ vms: 10_000, transitionMs: 2000, pollSeconds: 0.5 });
    // "then": the poller as it was before the account read (one GET per server, four at a time).
    if (oneByOne) (fleet.core.poller as unknown as { opts: { fetchMany?: unknown } }).opts.fetchMany = undefined;
    try {
      for (const n of [100, 1000]) {
        const r = await bulkShutDown(fleet, n);
        say(`bulk Shut Down of ${n} (${oneByOne ? 'then: a GET per server' : 'now: a read per account'})`,
          `most in flight ${r.most}; poller per tick max ${r.pollMost}, mean ${r.pollMean.toFixed(1)} over ${r.ticks} ticks; ${r.total} requests in all; ${(r.ms / 1000).toFixed(1)} s`);
      }
    } finally {
      await fleet.dispose();
    }
  }
}

function cachedTree(): void {
  if (quick) return say('cached tree painted (10,000 servers)', 'skipped (--quick)');
  let text: string;
  try {
    text = execFileSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'cachedTree.ts'), '--servers', '10000', '--runs', '5'], { encoding: 'utf8', timeout: 300_000, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    // It builds the release bundle first: a tree that does not build has no figure to give.
    return say('cached tree painted (10,000 servers)', 'not measured: test/bench/cachedTree.ts failed (does `node esbuild.mjs --production` build?)');
  }
  const line = text.split('\n').find((l) => l.startsWith('cached tree'));
  const files = text.split('\n').find((l) => l.startsWith('dist files'));
  say('cached tree painted (10,000 servers, median of 5)', `${line?.replace(/\s+/g, ' ').replace(/ \(goal.*$/, '') ?? text}; ${files ?? ''}`);
}

async function main(): Promise<void> {
  if (typeof global.gc !== 'function') throw new Error('run with node --expose-gc (see the top of this file)');
  console.error(`node ${process.version}; working…`);
  await heapFigures(say);
  await polling();
  await treeCalls(say);
  cachedTree();
  await loadRatios(say, quick ? [10_000, 50_000] : [10_000, 50_000, 150_000]);
  const width = Math.max(...out.map(([k]) => k.length));
  console.log(`\nbigv fleet benchmark (issue 23), node ${process.version}`);
  for (const [k, v] of out) console.log(`  ${k.padEnd(width)}  ${v}`);
}

void main().then(() => process.exit(0), (e: unknown) => {
  console.error(e);
  process.exit(1);
});
