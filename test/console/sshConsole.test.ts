// The console argv run for real: the system ssh, the argv we build from settings and the
// server's management_address (read from the simulator over HTTP), and an SSH server on
// loopback standing in for the management address. It checks what the serial console service
// would see: the Bytemark username, and a public key the user chose in the settings.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Server, utils } from 'ssh2';
import { AuthClient, BrainClient } from '../../src/api';
import { findExecutable } from '../../src/console/findExecutable';
import { buildSshArgv, parseConsoleSettings } from '../../src/console/sshArgv';
import { startSimulator, type Simulator } from '../simulator';

describe('console: the built argv runs the real ssh against a loopback SSH server', function () {
  this.timeout(20_000);
  let sim: Simulator;
  let sshd: Server;
  let port = 0;
  let dir: string;
  let ssh: string | undefined;
  const seen: Array<{ username: string; method: string; key?: string }> = [];
  const client = utils.generateKeyPairSync('ed25519', { comment: 'console-test' });
  const clientPublic = utils.parseKey(client.public);

  before(async function () {
    ssh = await findExecutable('ssh');
    if (ssh === undefined) this.skip();
    dir = mkdtempSync(path.join(tmpdir(), 'bigv-console-'));
    writeFileSync(path.join(dir, 'id_ed25519'), client.private, { mode: 0o600 });
    sim = await startSimulator({ port: 0, transitionMs: 50, managementAddress: '127.0.0.1' });
    const hostKey = utils.generateKeyPairSync('ed25519').private;
    sshd = new Server({ hostKeys: [hostKey] }, (conn) => {
      conn.on('authentication', (ctx) => {
        if (ctx.method === 'publickey') {
          seen.push({ username: ctx.username, method: ctx.method, key: ctx.key.data.toString('base64') });
          const pub = Array.isArray(clientPublic) ? clientPublic[0] : clientPublic;
          if (!(pub instanceof Error) && ctx.key.data.equals(pub.getPublicSSH())) return ctx.accept();
        } else {
          seen.push({ username: ctx.username, method: ctx.method });
        }
        ctx.reject(['publickey']);
      });
      conn.on('ready', () => {
        conn.on('session', (accept) => {
          const session = accept();
          session.on('pty', (ok) => ok?.());
          session.on('shell', (ok) => {
            const stream = ok();
            stream.write('BigV serial console of web1\r\n');
            stream.exit(0);
            stream.end();
          });
        });
      });
      conn.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => sshd.listen(0, '127.0.0.1', resolve));
    port = (sshd.address() as AddressInfo).port;
  });

  after(async () => {
    await sim?.stop();
    await new Promise<void>((resolve) => (sshd ? sshd.close(() => resolve()) : resolve()));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('logs in as the session user at the management address, with the key from bigv.console.sshArgs', async () => {
    const token = await new AuthClient(sim.url).createSession({ username: 'demo', password: 'demo-password' });
    const session = await new AuthClient(sim.url).readSession(token);
    const vm = await new BrainClient(sim.url, () => token).getServer({ account: 'demo', group: 'web', server: 'web1' });
    assert.equal(vm.management_address, '127.0.0.1');

    // As a user would write it in settings.json: one string, as for the Go CLI's --ssh-args.
    const settings = parseConsoleSettings(
      'ssh',
      `-p ${port} -i "${path.join(dir, 'id_ed25519')}" -F /dev/null -o IdentitiesOnly=yes -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR`,
    );
    assert.ok(settings.ok);
    const argv = buildSshArgv({ sshArgs: settings.settings.sshArgs, username: session.username, managementAddress: vm.management_address });
    assert.ok(argv.ok);
    assert.equal(argv.argv.at(-1), 'demo@127.0.0.1');

    const child = spawn(ssh!, argv.argv, { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 0, `ssh failed: ${err}`);
    assert.match(out, /BigV serial console of web1/);
    const accepted = seen.filter((s) => s.method === 'publickey');
    assert.ok(accepted.length > 0);
    assert.ok(accepted.every((s) => s.username === 'demo'));
  });
});
