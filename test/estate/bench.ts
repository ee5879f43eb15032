// Benchmark (not a test): how the tree copes with a large estate. Loads `--vms N` generated
// servers from the simulator through the real client and the estate, over a byte-counting
// loopback proxy, and prints requests, bytes and milliseconds.
//
//   npx tsx test/estate/bench.ts [--vms 5000] [--runs 5]
import * as net from 'node:net';
import { performance } from 'node:perf_hooks';
import { AuthClient, BrainClient } from '../../src/api';
import { Estate } from '../../src/estate/estate';
import { loadEstate, reloadServer } from '../../src/estate/fetchers';
import { serverTooltipMarkdown, serverView } from '../../src/model/serverView';
import { startSimulator } from '../simulator';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v < 0) throw new Error(`${name} needs a number`);
  return v;
}

/** A TCP pass-through that counts the bytes each way, so "bytes" means bytes on the wire. */
async function countingProxy(targetPort: number): Promise<{ url: string; rx: () => number; tx: () => number; reset(): void; close(): Promise<void> }> {
  let rx = 0;
  let tx = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    client.on('data', (d: Buffer) => (tx += d.length));
    upstream.on('data', (d: Buffer) => (rx += d.length));
    client.pipe(upstream).pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    rx: () => rx,
    tx: () => tx,
    reset: () => (rx = tx = 0),
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((r) => server.close(() => r()));
    },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;

async function main(): Promise<void> {
  const vms = arg('--vms', 5000);
  const runs = Math.max(1, arg('--runs', 5));
  const sim = await startSimulator({ port: 0, vms, transitionMs: 0 });
  const proxy = await countingProxy(sim.port);
  try {
    const token = await new AuthClient(proxy.url).createSession({ username: 'demo', password: 'demo-password' });
    const brain = new BrainClient(proxy.url, () => token, { timeoutMs: 120_000 });
    const rows: Array<[string, string]> = [];

    // Cold: a new window's first load into an empty estate.
    const cold: number[] = [];
    let servers = 0;
    let requests = 0;
    let rx = 0;
    let tx = 0;
    for (let i = 0; i < runs; i++) {
      const estate = new Estate();
      sim.requests.length = 0;
      proxy.reset();
      const t0 = performance.now();
      await loadEstate(brain, estate, false);
      cold.push(performance.now() - t0);
      servers = estate.servers().length;
      requests = sim.requests.length;
      rx = proxy.rx();
      tx = proxy.tx();
    }
    rows.push(['servers in the tree', String(servers)]);
    rows.push(['requests per full load', String(requests)]);
    rows.push(['bytes received per full load', `${rx} (${kib(rx)})`]);
    rows.push(['bytes sent per full load', String(tx)]);
    rows.push([`cold load, GET + parse + build (median of ${runs})`, fmt(median(cold))]);

    // Warm: Refresh on a loaded tree (diffing in place), with one server changed meanwhile.
    const estate = new Estate();
    await loadEstate(brain, estate, false);
    const warm: number[] = [];
    let changed = 0;
    for (let i = 0; i < runs; i++) {
      const victim = sim.state.servers().find((s) => !s.deleted && s.power_on);
      if (victim) victim.cores += 1;
      const t0 = performance.now();
      const change = await loadEstate(brain, estate, false);
      warm.push(performance.now() - t0);
      changed = change === undefined ? -1 : change.length;
    }
    rows.push([`refresh of a loaded tree (median of ${runs})`, fmt(median(warm))]);
    rows.push(['rows refreshed after one server changed', changed < 0 ? 'whole tree' : String(changed)]);

    // The diff alone, without HTTP and parsing.
    const accounts = await brain.getAccounts({ includeDeleted: false });
    const diff: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      estate.replace(accounts, false);
      diff.push(performance.now() - t0);
    }
    rows.push([`estate diff only, nothing changed (median of ${runs})`, fmt(median(diff))]);

    // What rendering every row costs (getTreeItem's pure part).
    const all = estate.servers();
    const t1 = performance.now();
    for (const s of all) serverView(s.vm, s.pending);
    rows.push(['row state + description for every server', fmt(performance.now() - t1)]);
    const t3 = performance.now();
    for (const s of all) serverTooltipMarkdown(s.vm, s.pending);
    rows.push(['tooltip for every server (built lazily, on hover)', fmt(performance.now() - t3)]);

    // Expanding: every server into Discs and Network, every disc into Backups and schedules.
    // All of it comes from the overview already held, so it must make no request at all.
    sim.requests.length = 0;
    const t4 = performance.now();
    let discRows = 0;
    for (const s of all) {
      for (const folder of estate.children(s)) {
        for (const row of estate.children(folder)) {
          if (row.kind !== 'disc') continue;
          discRows++;
          estate.children(row);
        }
      }
    }
    rows.push([`expanding all ${all.length} servers and their ${discRows} discs`, `${fmt(performance.now() - t4)}, ${sim.requests.length} requests`]);
    // A refresh keeps the rows under servers: the same objects, so VS Code keeps them expanded.
    const firstDisc = estate.children(estate.children(all[0]!)[0]!)[0];
    await loadEstate(brain, estate, false);
    const again = estate.children(estate.children(estate.servers()[0]!)[0]!)[0];
    rows.push(['disc row identity kept across a refresh', String(firstDisc === again)]);

    // One poll tick for one changing server.
    const one = estate.servers()[0]!;
    proxy.reset();
    sim.requests.length = 0;
    const t2 = performance.now();
    await reloadServer(brain, estate, one.vm.id);
    rows.push(['single-server GET (poll/refresh of one)', `${fmt(performance.now() - t2)}, ${sim.requests.length} request, ${proxy.rx()} bytes received`]);

    const width = Math.max(...rows.map(([k]) => k.length));
    console.log(`bigv tree benchmark: --vms ${vms} (+ seed servers), node ${process.version}`);
    for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
  } finally {
    await proxy.close();
    await sim.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
