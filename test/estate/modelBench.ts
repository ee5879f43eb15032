// Benchmark (not a test): what parsing, validating and modelling an overview costs next to a bare
// JSON.parse of the same bytes, for a first load and for a reload into a loaded tree.
//
//   npx tsx test/estate/modelBench.ts [--runs 15]      (1,000 and 10,000 servers)
//
// The reload goes into a tree loaded before the runs. Timed straight after the first load, it
// paid for copying that load's still young tree out of the young generation: a cost of the first
// load, which in the extension keeps its tree. That cost is in the last column: first loads
// timed back to back, each keeping its tree until the next has been timed.
import { performance } from 'node:perf_hooks';
import { AuthClient } from '../../src/api';
import { parseOverview } from '../../src/api/overviewItems';
import { Estate } from '../../src/estate/estate';
import { startSimulator } from '../simulator';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 15;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** As loadEstate does it: the reader is offered the tree's data, so an unchanged server is compared, not checked again. */
function load(estate: Estate, text: string): void {
  const o = parseOverview(JSON.parse(text) as unknown[], estate.unchanged);
  estate.replace(o.accounts, true, o.invalid);
}

async function overviewText(vms: number): Promise<string> {
  const sim = await startSimulator({ port: 0, vms, transitionMs: 0 });
  try {
    const token = await new AuthClient(sim.url).createSession({ username: 'demo', password: 'demo-password' });
    const res = await fetch(`${sim.url}/accounts?view=overview&include_deleted=true`, { headers: { authorization: `Bearer ${token}` } });
    return await res.text();
  } finally {
    await sim.stop();
  }
}

async function main(): Promise<void> {
  console.log(`node ${process.version}; median of ${RUNS} runs after warm-up; ms`);
  console.log('servers  body MiB   JSON.parse   +validate   first load (×)   reload (×)   first load, tree kept (×)');
  for (const vms of [1000, 10000]) {
    const text = await overviewText(vms);
    const loaded = new Estate();
    load(loaded, text);
    const bare: number[] = [];
    const validate: number[] = [];
    const first: number[] = [];
    const reload: number[] = [];
    for (let i = 0; i < RUNS + 3; i++) {
      const b = time(() => JSON.parse(text));
      const v = time(() => parseOverview(JSON.parse(text) as unknown[]));
      const f = time(() => load(new Estate(), text));
      const r = time(() => load(loaded, text));
      if (i < 3) continue;
      bare.push(b);
      validate.push(v);
      first.push(f);
      reload.push(r);
    }
    const held: { tree?: Estate } = {};
    const kept: number[] = [];
    for (let i = 0; i < RUNS + 3; i++) {
      const k = time(() => {
        const estate = new Estate();
        load(estate, text);
        held.tree = estate;
      });
      if (i >= 3) kept.push(k);
    }
    const base = median(bare);
    const ratio = (xs: number[]) => `${median(xs).toFixed(1)} (${(median(xs) / base).toFixed(2)}×)`;
    const row = [
      String(vms).padStart(7),
      (text.length / 1048576).toFixed(2).padStart(9),
      base.toFixed(1).padStart(12),
      median(validate).toFixed(1).padStart(11),
      ratio(first).padStart(16),
      ratio(reload).padStart(12),
      ratio(kept).padStart(27),
    ];
    console.log(row.join(' '));
  }
}

void main();
