// The SSH terminal's other end in demo and e2e: the loopback server playing a server's own sshd
// (root, a prompt), reached with the built-in client; and each refusal in the terminal's words'
// one-word reasons, from real failures: no key accepted, port closed, a stopped server.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ShellSession } from '../../../src/features/console/builtin/shell';
import { refusalReason } from '../../../src/features/console/serverSshArgv';
import { connectSsh, type SshRequest } from '../../../src/features/console/ssh/connect';
import { parseSshOptions } from '../../../src/features/console/ssh/options';
import { startConsoleServer, type ConsoleServer } from '../../support/consoleServer';

describe('SSH terminal: a server\'s own sshd on loopback', function () {
  this.timeout(20_000);
  let server: ConsoleServer;
  let dir: string;
  let running = true;

  before(async () => {
    server = await startConsoleServer({ allowedUsers: ['demo'], serverFor: () => (running ? 'web1' : null) });
    dir = await mkdtemp(path.join(tmpdir(), 'bigv-shell-'));
  });
  after(async () => {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const request = (username: string, port = server.port): SshRequest => ({
    host: '127.0.0.1',
    username,
    options: parseSshOptions(['-p', String(port), '-i', server.keyPath, '-o', 'IdentitiesOnly=yes', '-o', 'StrictHostKeyChecking=no', '-o', `UserKnownHostsFile=${path.join(dir, 'kh')}`]),
    agents: [],
    defaultIdentities: [],
    prompts: { confirmHostKey: async () => true, hostKeyRefused: () => undefined, passphrase: async () => undefined },
  });

  it('logs in as root and shows the prompt', async () => {
    running = true;
    const client = await connectSsh(request('root'));
    let out = '';
    const session = await ShellSession.start(client, { cols: 80, rows: 24 }, { output: (t) => (out += t), closed: () => undefined });
    const deadline = Date.now() + 5000;
    while (!out.includes('root@web1:~#') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.match(out, /root@web1:~# $/);
    session.write('hostname\r');
    while (!/web1\r\nroot@web1/.test(out) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.match(out, /hostname\r\nweb1\r\nroot@web1:~# $/);
    session.close();
    assert.ok(server.sessions.some((s) => s.shell && s.username === 'root' && s.serverName === 'web1'));
  });

  it('says no key was accepted for another user, or when the server is not running', async () => {
    running = true;
    await assert.rejects(connectSsh(request('demo')), (err) => refusalReason(err) === 'no-key');
    running = false;
    await assert.rejects(connectSsh(request('root')), (err) => refusalReason(err) === 'no-key');
  });

  it('says the port is closed when nothing listens', async () => {
    const free = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const port = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(port));
      });
    });
    await assert.rejects(connectSsh(request('root', free)), (err) => refusalReason(err) === 'port-closed');
  });
});
