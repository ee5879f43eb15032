// The loading part of test/bench/fleet.ts: parsing, checking and modelling an overview next to a
// bare JSON.parse of the same text (first load into an empty tree, reload into a loaded one;
// garbage collected before each timing, so none is carried from one to the next), and the
// largest estate loaded end to end through the client, under the overview's size cap.
import { AuthClient, BrainClient } from '../../src/api';
import { parseOverview } from '../../src/api/overviewItems';
import { Estate } from '../../src/estate/estate';
import { loadEstate } from '../../src/estate/fetchers';
import { startSimulator, type Simulator } from '../simulator';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function load(estate: Estate, text: string): void {
  const o = parseOverview(JSON.parse(text) as unknown[], estate.unchanged);
  estate.replace(o.accounts, true, o.invalid);
}

function timed(fn: () => void): number {
  global.gc!();
  const t = performance.now();
  fn();
  return performance.now() - t;
}

async function signedIn(sim: Simulator): Promise<string> {
  return new AuthClient(sim.url).createSession({ username: 'demo', password: 'demo-password' });
}

export async function loadRatios(say: (k: string, v: string) => void, sizes: number[]): Promise<void> {
  for (const vms of sizes) {
    const sim = await startSimulator({ port: 0, vms, transitionMs: 0 });
    const token = await signedIn(sim);
    const res = await fetch(`${sim.url}/accounts?view=overview&include_deleted=true`, { headers: { authorization: `Bearer ${token}` } });
    const text = await res.text();
    const runs = vms >= 100_000 ? 3 : 5;
    const bare: number[] = [];
    const first: number[] = [];
    const reload: number[] = [];
    let loaded = new Estate();
    load(loaded, text);
    for (let i = 0; i < runs + 1; i++) {
      const b = timed(() => JSON.parse(text));
      let fresh: Estate | undefined;
      const f = timed(() => load((fresh = new Estate()), text));
      loaded = fresh!;
      const r = timed(() => load(loaded, text));
      if (i === 0) continue;
      bare.push(b);
      first.push(f);
      reload.push(r);
    }
    const base = median(bare);
    let endToEnd = '';
    if (vms === Math.max(...sizes)) {
      // Through the client and its size cap, as the extension loads it.
      const estate = new Estate();
      const brain = new BrainClient(sim.url, () => token);
      const t = performance.now();
      await loadEstate(brain, estate, false);
      endToEnd = `; end to end through the client (GET, cap, parse, check, model): ${estate.servers().length} servers in ${((performance.now() - t) / 1000).toFixed(1)} s`;
    }
    say(`load ${vms.toLocaleString('en')} servers (${(text.length / 1048576).toFixed(0)} MiB), median of ${runs}`,
      `JSON.parse ${base.toFixed(0)} ms; first load ${median(first).toFixed(0)} ms (${(median(first) / base).toFixed(2)}×); reload ${median(reload).toFixed(0)} ms (${(median(reload) / base).toFixed(2)}×)${endToEnd}`);
    await sim.stop();
  }
}
