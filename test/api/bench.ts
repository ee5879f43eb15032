// Benchmark of the API client against the simulator on loopback. Prints figures; asserts nothing.
//   npx tsx test/api/bench.ts [extraServers...]     (default: 0 1000 5000)
// What it shows: the cost of one full-estate overview (HTTP vs zod parsing) as the estate grows,
// single-server GET latency sequentially and at concurrency 10, and the client's overhead over a
// bare undici.request of the same URL.
import { request } from 'undici';
import { AuthClient, BrainClient, type RequestLogEvent } from '../../src/api';
import { startSimulator } from '../simulator';

const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isFinite(n));
const SIZES = sizes.length ? sizes : [0, 1000, 5000];

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}
const f = (n: number) => n.toFixed(1).padStart(7);

async function main(): Promise<void> {
  console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
  console.log('\nGET /accounts?view=overview&include_deleted=true (10 runs after 2 warm-ups; ms)');
  console.log('servers   bodyKiB   total p50  total p95   http p50  parse p50');
  for (const extra of SIZES) {
    const sim = await startSimulator({ vms: extra });
    try {
      const events: RequestLogEvent[] = [];
      const token = await new AuthClient(sim.url).createSession({ username: 'demo', password: 'demo-password' });
      const brain = new BrainClient(sim.url, () => token, { onRequest: (e) => events.push(e) });
      const totals: number[] = [];
      const https: number[] = [];
      let servers = 0;
      for (let i = 0; i < 12; i++) {
        events.length = 0;
        const t0 = performance.now();
        const accounts = await brain.getAccounts({ includeDeleted: true });
        const total = performance.now() - t0;
        servers = accounts.flatMap((a) => a.groups ?? []).reduce((n, g) => n + (g.virtual_machines?.length ?? 0), 0);
        if (i >= 2) {
          totals.push(total);
          https.push(events[0]?.durationMs ?? NaN);
        }
      }
      const raw = await request(`${sim.url}/accounts?view=overview&include_deleted=true`, { headers: { authorization: `Bearer ${token}` } });
      const bytes = (await raw.body.arrayBuffer()).byteLength;
      const parse = totals.map((t, i) => t - (https[i] ?? 0));
      console.log(`${String(servers).padStart(7)} ${(bytes / 1024).toFixed(0).padStart(9)}  ${f(pct(totals, 50))}    ${f(pct(totals, 95))}    ${f(pct(https, 50))}    ${f(pct(parse, 50))}`);
    } finally {
      await sim.stop();
    }
  }

  const sim = await startSimulator({});
  try {
    const token = await new AuthClient(sim.url).createSession({ username: 'demo', password: 'demo-password' });
    const brain = new BrainClient(sim.url, () => token);
    const ref = { account: 'demo', group: 'web', server: 'web1' };
    const url = `${sim.url}/accounts/demo/groups/web/virtual_machines/web1?view=overview&include_deleted=true`;
    for (let i = 0; i < 50; i++) await brain.getServer(ref);

    const N = 500;
    const client: number[] = [];
    for (let i = 0; i < N; i++) {
      const t0 = performance.now();
      await brain.getServer(ref);
      client.push(performance.now() - t0);
    }
    const bare: number[] = [];
    for (let i = 0; i < N; i++) {
      const t0 = performance.now();
      const r = await request(url, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
      JSON.parse(await r.body.text());
      bare.push(performance.now() - t0);
    }
    console.log(`\nGET one server, ${N} sequential calls (ms)`);
    console.log(`  BrainClient.getServer   p50 ${pct(client, 50).toFixed(3)}  p95 ${pct(client, 95).toFixed(3)}  p99 ${pct(client, 99).toFixed(3)}`);
    console.log(`  bare undici + JSON.parse p50 ${pct(bare, 50).toFixed(3)}  p95 ${pct(bare, 95).toFixed(3)}  p99 ${pct(bare, 99).toFixed(3)}`);
    console.log(`  client overhead (p50)   ${(pct(client, 50) - pct(bare, 50)).toFixed(3)} ms per call`);

    const C = 10;
    const total = 1000;
    const t0 = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: C }, async () => {
        while (next++ < total) await brain.getServer(ref);
      }),
    );
    const secs = (performance.now() - t0) / 1000;
    console.log(`\n${total} getServer calls at concurrency ${C}: ${secs.toFixed(2)} s, ${(total / secs).toFixed(0)} calls/s`);
  } finally {
    await sim.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
