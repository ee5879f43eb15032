// The background health read against the test SSH server playing a server's own sshd: numbers
// and the full-disc flag when the host key is on file; a quiet reason, and no question asked,
// when it is not, when no key is accepted, when the server is stopped or does not answer.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { HEALTH_EXEC, readHealthOver } from '../../../src/features/health/readHealth';
import { knownHostsLine } from '../../../src/features/console/ssh/knownHosts';
import { parseSshOptions } from '../../../src/features/console/ssh/options';
import { startConsoleServer, type ConsoleServer } from '../../support/consoleServer';

describe('health: read over SSH in the background', function () {
  this.timeout(20_000);
  let server: ConsoleServer;
  let dir: string;
  let kh: string;
  let own: string | null = 'web2';

  before(async () => {
    server = await startConsoleServer({ allowedUsers: ['demo'], serverFor: () => own });
    dir = await mkdtemp(path.join(tmpdir(), 'bigv-health-'));
    kh = path.join(dir, 'known_hosts');
  });
  after(async () => {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const request = (username: string, port = server.port) => ({
    host: '127.0.0.1',
    username,
    options: parseSshOptions(['-p', String(port), '-i', server.keyPath, '-o', 'IdentitiesOnly=yes', '-o', `UserKnownHostsFile=${kh}`]),
    agents: [],
    defaultIdentities: [],
  });
  const trust = () => writeFile(kh, `${knownHostsLine('127.0.0.1', server.port, server.hostKey, false)}\n`);

  it('reads load, memory and discs as root, and flags web2\'s full disc', async () => {
    own = 'web2';
    await trust();
    const r = await readHealthOver(request('root'));
    assert.ok(r.ok, r.ok ? '' : r.reason);
    assert.deepEqual(r.health.load, [2.31, 1.87, 1.2]);
    assert.deepEqual(r.health.fullMounts, ['/']);
    assert.equal(r.health.memory.usedPercent, 41);
    const exec = server.execs.at(-1)!;
    assert.equal(exec.serverName, 'web2');
    assert.equal(exec.username, 'root');
    assert.equal(exec.command, HEALTH_EXEC);
  });

  it('another server is not flagged', async () => {
    own = 'web1';
    await trust();
    const r = await readHealthOver(request('root'));
    assert.ok(r.ok);
    assert.deepEqual(r.health.fullMounts, []);
  });

  it('a host key not on file: unavailable, nothing asked, known_hosts untouched', async () => {
    own = 'web1';
    await writeFile(kh, '');
    const before = server.execs.length;
    const r = await readHealthOver(request('root'));
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.reason, 'host key not yet trusted — open an SSH terminal once');
    assert.equal(await readFile(kh, 'utf8'), '');
    assert.equal(server.execs.length, before);
  });

  it('no key accepted, or the server stopped: a quiet reason', async () => {
    await trust();
    own = 'web1';
    const r = await readHealthOver(request('demo'));
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.reason, /^demo@127\.0\.0\.1 accepted none of your SSH keys$/);
    own = null;
    const stopped = await readHealthOver(request('root'));
    assert.equal(stopped.ok, false);
  });

  it('port closed, and a server that never answers: a reason within the time limit', async () => {
    const accepted: net.Socket[] = [];
    const silent = net.createServer((socket) => void accepted.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()));
    const port = (silent.address() as net.AddressInfo).port;
    try {
      const started = Date.now();
      const r = await readHealthOver(request('root', port), 600);
      assert.equal(r.ok, false);
      if (!r.ok) assert.match(r.reason, /did not answer within 1 s|cannot be reached/);
      assert.ok(Date.now() - started < 3000);
    } finally {
      for (const socket of accepted) socket.destroy();
      silent.close();
    }
    const free = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const closed = await readHealthOver(request('root', free));
    assert.equal(closed.ok, false);
    if (!closed.ok) assert.match(closed.reason, /nothing answers SSH at root@127\.0\.0\.1/);
  });
});
