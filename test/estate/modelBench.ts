// Benchmark (not a test): what parsing, validating and modelling an overview costs next to a bare
// JSON.parse of the same bytes, for a first load and for a reload into a loaded tree.
//
//   npx tsx test/estate/modelBench.ts [--runs 15]      (1,000 and 10,000 servers)
import { performance } from 'node:perf_hooks';
import { AuthClient } from '../../src/api';
import { parseOverview } from '../../src/api/overview';
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
  console.log('servers  body MiB   JSON.parse   +validate   first load (×)   reload (×)');
  for (const vms of [1000, 10000]) {
    const text = await overviewText(vms);
    const bare: number[] = [];
    const validate: number[] = [];
    const first: number[] = [];
    const reload: number[] = [];
    for (let i = 0; i < RUNS + 3; i++) {
      const b = time(() => JSON.parse(text));
      const v = time(() => parseOverview(JSON.parse(text) as unknown[]));
      const estate = new Estate();
      // As loadEstate does it: the reader is offered the tree's data, so an unchanged server is compared, not checked again.
      const load = () => {
        const o = parseOverview(JSON.parse(text) as unknown[], estate.unchanged);
        estate.replace(o.accounts, true, o.invalid);
      };
      const f = time(load);
      const r = time(load);
      if (i < 3) continue;
      bare.push(b);
      validate.push(v);
      first.push(f);
      reload.push(r);
    }
    const base = median(bare);
    const row = [
      String(vms).padStart(7),
      (text.length / 1048576).toFixed(2).padStart(9),
      median(bare).toFixed(1).padStart(12),
      median(validate).toFixed(1).padStart(11),
      `${median(first).toFixed(1)} (${(median(first) / base).toFixed(2)}×)`.padStart(16),
      `${median(reload).toFixed(1)} (${(median(reload) / base).toFixed(2)}×)`.padStart(12),
    ];
    console.log(row.join(' '));
  }
}

void main();
