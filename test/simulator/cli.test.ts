import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { startSimulator } from './index';
import { brain, login, parse, request } from './harness';

const root = path.resolve(__dirname, '../..');

/** Spawn the CLI and resolve with the process and every stdout line read so far, once `listening on` appears. */
function startCli(args: string[]): Promise<{ child: ChildProcessWithoutNullStreams; lines: string[] }> {
  const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'test/simulator/cli.ts', ...args], { cwd: root });
  const lines: string[] = [];
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input: child.stdout });
    rl.on('line', (line) => {
      lines.push(line);
      if (lines.length === 1) resolve({ child, lines });
    });
    child.on('exit', (code) => reject(new Error(`simulator exited with ${code}: ${stderr}`)));
  });
}

function stopCli(child: ChildProcessWithoutNullStreams): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.on('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

describe('simulator: CLI', function () {
  this.timeout(30_000);

  it('prints "listening on http://127.0.0.1:PORT" first, then the demo credentials, and serves both roles', async () => {
    const { child, lines } = await startCli(['--port', '0', '--transition-ms', '50', '--quiet']);
    try {
      const m = /^listening on (http:\/\/127\.0\.0\.1:(\d+))$/.exec(lines[0]!);
      assert.ok(m, lines[0]);
      assert.notEqual(Number(m[2]), 0);
      await new Promise((r) => setTimeout(r, 200));
      assert.ok(lines.some((l) => l.includes('demo') && l.includes('demo-password')), lines.join('\n'));
      const url = m[1]!;
      const token = await request(`${url}/session`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'demo', password: 'demo-password' }),
      });
      assert.equal(token.status, 200);
      const r = await request(`${url}/accounts`, { headers: { authorization: `Bearer ${token.text}` } });
      assert.equal(r.status, 200);
    } finally {
      await stopCli(child);
    }
  });

  it('passes --management-address and --vms through', async () => {
    const { child, lines } = await startCli(['--port', '0', '--vms', '250', '--management-address', '127.0.0.1', '--quiet']);
    try {
      const url = lines[0]!.replace('listening on ', '');
      const login = await request(`${url}/session`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'demo', password: 'demo-password' }),
      });
      const r = await request(`${url}/virtual_machines`, { headers: { authorization: `Bearer ${login.text}` } });
      const vms = r.json as Array<{ management_address: string }>;
      assert.ok(vms.length >= 250 + 13, `${vms.length} servers`);
      assert.ok(vms.every((v) => v.management_address === '127.0.0.1'));
    } finally {
      await stopCli(child);
    }
  });

  it('exits with a usage message on a bad option', async () => {
    await assert.rejects(startCli(['--port', 'eighty']), /--port needs a whole number/);
    await assert.rejects(startCli(['--frobnicate']), /unknown option --frobnicate/);
  });
});

describe('simulator: --vms at scale', function () {
  this.timeout(60_000);

  it('serves a 5000-server overview spread over both accounts in groups of at most 100', async () => {
    const sim = await startSimulator({ port: 0, vms: 5000, transitionMs: 0 });
    try {
      const api = brain(sim, await login(sim));
      const accounts = parse.accounts(await api.get('/accounts?view=overview'));
      const groups = accounts.flatMap((a) => a.groups!);
      const fleet = groups.filter((g) => g.name.startsWith('fleet-'));
      assert.equal(fleet.flatMap((g) => g.virtual_machines!).length, 5000);
      assert.ok(fleet.every((g) => g.virtual_machines!.length <= 100));
      assert.ok(accounts.every((a) => a.groups!.some((g) => g.name.startsWith('fleet-'))));
      const names = new Set(fleet.flatMap((g) => g.virtual_machines!.map((v) => v.hostname)));
      assert.equal(names.size, 5000, 'hostnames are unique');
      // Writes still address one server among thousands.
      const r = await api.put('/accounts/acme/groups/fleet-050/virtual_machines/vm-04950', { autoreboot_on: false, power_on: false });
      assert.equal(r.status, 200);
    } finally {
      await sim.stop();
    }
  });
});
