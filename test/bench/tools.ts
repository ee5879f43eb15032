// Benchmark (not a test): how big a bigv_findServers answer is for a model, at 10 and 10,000
// servers: characters (about four to a token) of the whole-estate answer, of a narrowed one, and
// at the largest limit. The answer is rows up to the limit, then counts, so it stops growing.
//
//   npx tsx test/bench/tools.ts
import { startFleet } from '../support/fleetCore';
import { hostOf } from '../tools/support';

async function measure(vms: number): Promise<void> {
  const fleet = await startFleet({ vms });
  try {
    const host = hostOf({ ctx: fleet.core.ctx, estate: fleet.core.estate }, 'read');
    const ask = (input: object) => host.runner.invoke('bigv_findServers', input, new AbortController().signal);
    const servers = (await fleet.core.ctx.view.allServers())?.length ?? 0;
    const t = performance.now();
    const all = await ask({});
    const ms = performance.now() - t;
    const stopped = await ask({ state: 'stopped' });
    const most = await ask({ limit: 200 });
    console.log(`${String(servers).padStart(6)} servers: all ${all.length} chars (~${Math.round(all.length / 4)} tokens, ${ms.toFixed(0)} ms); state stopped ${stopped.length} chars; limit 200 ${most.length} chars`);
  } finally {
    await fleet.dispose();
  }
}

void (async () => {
  for (const n of [10, 10_000]) await measure(n);
})();
