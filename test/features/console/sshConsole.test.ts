// The console argv run for real: the system ssh, the argv we build from settings and the
// server's management_address (read from the simulator over HTTP), and the loopback stand-in for
// the serial console service. It checks what that service would see: the Bytemark username, and
// the public key the user chose in the settings.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { AuthClient, BrainClient } from '../../../src/api';
import { findExecutable } from '../../../src/features/console/findExecutable';
import { buildSshArgv, parseConsoleSettings } from '../../../src/features/console/sshArgv';
import { startSimulator, type Simulator } from '../../simulator';
import { banner, startConsoleServer, type ConsoleServer } from '../../support/consoleServer';

describe('console: the built argv runs the real ssh against a loopback SSH server', function () {
  this.timeout(20_000);
  let sim: Simulator;
  let consoleServer: ConsoleServer;
  let ssh: string | undefined;

  before(async function () {
    ssh = await findExecutable('ssh');
    if (ssh === undefined) this.skip();
    sim = await startSimulator({ port: 0, transitionMs: 50, managementAddress: '127.0.0.1' });
    consoleServer = await startConsoleServer({ allowedUsers: ['demo'], nameFor: () => 'web1' });
  });

  after(async () => {
    await sim?.stop();
    await consoleServer?.stop();
  });

  it('logs in as the session user at the management address, with the key from bigv.console.sshArgs', async () => {
    const token = await new AuthClient(sim.url).createSession({ username: 'demo', password: 'demo-password' });
    const session = await new AuthClient(sim.url).readSession(token);
    const vm = await new BrainClient(sim.url, () => token).getServer({ account: 'demo', group: 'web', server: 'web1' });
    assert.equal(vm.management_address, '127.0.0.1');

    // As a user would write it in settings.json: one string, as for the Go CLI's --ssh-args.
    const settings = parseConsoleSettings(
      'ssh',
      `-p ${consoleServer.port} -i "${consoleServer.keyPath}" -F /dev/null -o IdentitiesOnly=yes -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR`,
    );
    assert.ok(settings.ok);
    const argv = buildSshArgv({ sshArgs: settings.settings.sshArgs, username: session.username, managementAddress: vm.management_address });
    assert.ok(argv.ok);
    assert.equal(argv.argv.at(-1), 'demo@127.0.0.1');

    const child = spawn(ssh!, argv.argv, { stdio: ['pipe', 'pipe', 'pipe'] });
    // Ctrl-] is how a user leaves the console; it ends the session cleanly.
    child.stdout.once('data', () => child.stdin.write('\x1d'));
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 0, `ssh failed: ${err}`);
    assert.ok(out.includes(banner('web1')), `the console greeted us: ${out}`);
    const accepted = consoleServer.sessions;
    assert.ok(accepted.length > 0);
    assert.ok(accepted.every((s) => s.username === 'demo'));
    assert.deepEqual(consoleServer.refused, [], 'neither the user nor the key was refused');
  });
});
