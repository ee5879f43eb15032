// Benchmark (not a test): how big and how slow is GET /accounts?view=overview on a large estate?
//   npx tsx test/simulator/bench.ts [--vms 5000] [--runs 20]
// Prints the figures; it asserts nothing, so a slow machine does not make the suite flaky.
import { startSimulator } from './index';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const size = (b: number) => (b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(2)} MiB` : `${(b / 1024).toFixed(1)} KiB`);

async function timed(url: string, token: string | undefined, runs: number): Promise<{ bytes: number; times: number[]; parseMs: number; count: number }> {
  const times: number[] = [];
  let bytes = 0;
  let body = '';
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    body = await r.text();
    times.push(performance.now() - t0);
    if (r.status !== 200) throw new Error(`${url} answered ${r.status}: ${body.slice(0, 200)}`);
    bytes = Buffer.byteLength(body);
  }
  const p0 = performance.now();
  const parsed: unknown = JSON.parse(body);
  const parseMs = performance.now() - p0;
  let count = 0;
  if (Array.isArray(parsed)) {
    for (const a of parsed as Array<{ groups?: Array<{ virtual_machines?: unknown[] }> }>) {
      for (const g of a.groups ?? []) count += g.virtual_machines?.length ?? 0;
    }
  }
  return { bytes, times: times.sort((a, b) => a - b), parseMs, count };
}

async function main(): Promise<void> {
  const vms = arg('--vms', 5000);
  const runs = arg('--runs', 20);
  const t0 = performance.now();
  const sim = await startSimulator({ port: 0, vms });
  const startMs = performance.now() - t0;
  try {
    const login = await fetch(`${sim.url}/session`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'demo', password: 'demo-password' }),
    });
    const token = await login.text();
    console.log(`simulator with --vms ${vms}: started in ${fmt(startMs)}`);
    for (const [label, path] of [
      ['GET /accounts?view=overview', '/accounts?view=overview'],
      ['GET /accounts?view=overview&include_deleted=true', '/accounts?view=overview&include_deleted=true'],
      ['GET /virtual_machines (flat, no overview)', '/virtual_machines'],
      ['GET one server (overview)', '/accounts/acme/groups/fleet-050/virtual_machines/vm-04950?view=overview&include_deleted=true'],
    ] as const) {
      const r = await timed(`${sim.url}${path}`, token, runs);
      console.log(
        `${label}: ${size(r.bytes)}` +
        `${r.count ? `, ${r.count} servers` : ''}; ${runs} runs: min ${fmt(r.times[0]!)}, median ${fmt(pct(r.times, 50))}, ` +
        `p90 ${fmt(pct(r.times, 90))}, max ${fmt(r.times[r.times.length - 1]!)}; client JSON.parse ${fmt(r.parseMs)}`,
      );
    }
  } finally {
    await sim.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
