// The built-in SSH client for real, over loopback, against the stand-in serial console: login
// as the session user, text both ways, window size, the remote end closing, a refused key, and
// host keys (a new one is asked about and remembered; a changed one is refused).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { ShellSession } from '../../../src/features/console/builtin/shell';
import { connectSsh, SshConnectError, type HostKeyProblem, type HostKeyQuestion, type SshRequest } from '../../../src/features/console/ssh/connect';
import { checkHostKey, hostKeyName, knownHostsLine, parseKnownHosts } from '../../../src/features/console/ssh/knownHosts';
import { parseSshOptions } from '../../../src/features/console/ssh/options';
import { banner, startConsoleServer, type ConsoleServer } from '../../support/consoleServer';

const run = promisify(execFile);

describe('console: built-in SSH client against a loopback console server', function () {
  this.timeout(20_000);
  let server: ConsoleServer;
  let dir: string;
  let knownHosts: string;
  let questions: HostKeyQuestion[];
  let refusals: HostKeyProblem[];
  let answer: boolean;

  before(async () => {
    server = await startConsoleServer({ allowedUsers: ['demo'], nameFor: () => 'web1' });
    dir = await mkdtemp(path.join(tmpdir(), 'bigv-builtin-'));
  });
  after(async () => {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    knownHosts = path.join(dir, `known_hosts_${Math.random().toString(36).slice(2)}`);
    await writeFile(knownHosts, knownHostsLine('127.0.0.1', server.port, server.hostKey) + '\n');
    questions = [];
    refusals = [];
    answer = false;
  });

  function request(o: { key?: string; username?: string; passphrases?: string[]; args?: string[]; port?: number } = {}): SshRequest {
    const passphrases = [...(o.passphrases ?? [])];
    return {
      host: '127.0.0.1',
      username: o.username ?? 'demo',
      options: parseSshOptions([
        '-p', String(o.port ?? server.port), '-i', o.key ?? server.keyPath, '-o', 'IdentitiesOnly=yes', '-o', `UserKnownHostsFile=${knownHosts}`,
        '-o', 'GlobalKnownHostsFile=/dev/null', ...(o.args ?? []),
      ]),
      agents: [],
      defaultIdentities: [],
      prompts: {
        confirmHostKey: async (q) => (questions.push(q), answer),
        hostKeyRefused: (p) => void refusals.push(p),
        passphrase: async () => passphrases.shift(),
      },
    };
  }

  async function openShell(req: SshRequest): Promise<{ shell: ShellSession; text: () => string; closed: Promise<number | undefined> }> {
    const client = await connectSsh(req);
    let out = '';
    let onClosed: (c: number | undefined) => void = () => undefined;
    const closed = new Promise<number | undefined>((r) => (onClosed = r));
    const shell = await ShellSession.start(client, { cols: 100, rows: 30 }, { output: (t) => (out += t), closed: (c) => onClosed(c) });
    return { shell, text: () => out, closed };
  }

  async function until(check: () => boolean, what: string): Promise<void> {
    const end = Date.now() + 5000;
    while (!check()) {
      if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it('logs in as the session user and carries text both ways, then ends when the console closes', async () => {
    const before = server.sessions.length;
    const { shell, text, closed } = await openShell(request());
    await until(() => text().includes('web1 login:'), 'the login prompt');
    assert.ok(text().includes(banner('web1')));
    const session = server.sessions[before]!;
    assert.equal(session.username, 'demo');
    assert.equal(session.term, 'xterm-256color');
    assert.deepEqual(session.sizes[0], { cols: 100, rows: 30 });

    shell.write('root\r');
    await until(() => text().includes('Login incorrect'), 'the echo');
    assert.ok(session.input.includes('root'));

    shell.resize({ cols: 132, rows: 43 });
    await until(() => session.sizes.length > 1, 'the window change');
    assert.deepEqual(session.sizes.at(-1), { cols: 132, rows: 43 });

    shell.write('\x03é');
    await until(() => session.input.includes('\x03é'), 'Ctrl-C and UTF-8 text');

    shell.write('\x1d'); // Ctrl-]: the console hangs up
    assert.equal(await closed, 0);
    assert.ok(text().includes('closed'));
    assert.deepEqual(questions, [], 'a known host key is not asked about');
  });

  it('says the key was refused, naming the failure kind', async () => {
    const other = path.join(dir, 'other_key');
    await run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', other]);
    const err = await connectSsh(request({ key: other })).then(() => undefined, (e: unknown) => e);
    assert.ok(err instanceof SshConnectError);
    assert.equal(err.kind, 'refused');
    assert.ok(server.refused.some((r) => r.reason === 'unknown key'));
  });

  it('asks for the passphrase of an encrypted key, and skips the key when the prompt is dismissed', async () => {
    const locked = path.join(dir, 'locked_key');
    await run('cp', [server.keyPath, locked]);
    await run('ssh-keygen', ['-q', '-p', '-P', '', '-N', 'sesame', '-f', locked]);
    const client = await connectSsh(request({ key: locked, passphrases: ['wrong', 'sesame'] }));
    client.end();
    const err = await connectSsh(request({ key: locked, passphrases: [] })).then(() => undefined, (e: unknown) => e);
    assert.equal((err as SshConnectError).kind, 'refused');
  });

  it('asks about an unknown host key with its fingerprint, and remembers it only if accepted', async () => {
    await writeFile(knownHosts, '');
    const err = await connectSsh(request()).then(() => undefined, (e: unknown) => e);
    assert.equal((err as SshConnectError).kind, 'host-key-rejected');
    assert.equal(questions.length, 1);
    assert.equal(questions[0]!.keyType, 'ssh-ed25519');
    assert.match(questions[0]!.fingerprint, /^SHA256:/);
    assert.equal(await readFile(knownHosts, 'utf8'), '', 'a refused key is not written');

    answer = true;
    (await connectSsh(request())).end();
    assert.equal(questions.length, 2);
    assert.equal((await readFile(knownHosts, 'utf8')).trim(), knownHostsLine('127.0.0.1', server.port, server.hostKey));
    (await connectSsh(request())).end();
    assert.equal(questions.length, 2, 'once on file it is not asked again');
  });

  it('does not count the time a person takes over the trust question or a passphrase against the login timeout', async function () {
    this.timeout(30_000);
    await writeFile(knownHosts, '');
    const locked = path.join(dir, 'slow_locked_key');
    await run('cp', [server.keyPath, locked]);
    await run('ssh-keygen', ['-q', '-p', '-P', '', '-N', 'sesame', '-f', locked]);
    const req = request({ key: locked });
    // Room for the handshake and the key's bcrypt on a busy two-core machine; the answers are what must not count.
    req.readyTimeoutMs = 4000;
    // Each answer alone takes longer than the whole limit (a person checking a fingerprint).
    const slowly = <T>(value: T) => new Promise<T>((r) => setTimeout(() => r(value), 4500));
    req.prompts = { ...req.prompts, confirmHostKey: () => slowly(true), passphrase: () => slowly('sesame') };
    (await connectSsh(req)).end();
    const silent = request();
    silent.readyTimeoutMs = 300;
    // A server that never answers still times out.
    const net = await import('node:net');
    const sockets: import('node:net').Socket[] = [];
    const mute = net.createServer((socket) => void sockets.push(socket));
    await new Promise<void>((r) => mute.listen(0, '127.0.0.1', () => r()));
    silent.options.port = (mute.address() as { port: number }).port;
    const err = await connectSsh(silent).then((c) => void c.end(), (e: unknown) => e);
    for (const socket of sockets) socket.destroy();
    mute.close();
    assert.equal((err as SshConnectError).kind, 'network');
  });

  it('refuses a host whose key differs from the one on file, without asking', async () => {
    const wrong = Buffer.from(server.hostKey);
    wrong[wrong.length - 1] ^= 0xff;
    await writeFile(knownHosts, knownHostsLine('127.0.0.1', server.port, wrong) + '\n');
    answer = true;
    const err = await connectSsh(request()).then(() => undefined, (e: unknown) => e);
    assert.equal((err as SshConnectError).kind, 'host-key-changed');
    assert.match((err as SshConnectError).fingerprint ?? '', /^SHA256:/);
    assert.deepEqual(questions, []);
    assert.deepEqual(refusals.map((r) => [r.kind, r.known.map((k) => [k.file, k.line, k.keyType])]), [['changed', [[knownHosts, 1, 'ssh-ed25519']]]]);
  });

  it('refuses an ed25519 key when an RSA key is on file for the host: a different key is already known, nothing is asked', async () => {
    const rsa = path.join(dir, 'some_rsa');
    await run('ssh-keygen', ['-q', '-t', 'rsa', '-b', '2048', '-N', '', '-f', rsa]).catch(() => undefined);
    const pub = (await readFile(`${rsa}.pub`, 'utf8')).split(' ').slice(0, 2).join(' ');
    await writeFile(knownHosts, `# the console host, as first seen\n[127.0.0.1]:${server.port} ${pub}\n`);
    answer = true;
    const err = await connectSsh(request()).then((c) => void c.end(), (e: unknown) => e);
    assert.ok(err instanceof SshConnectError, 'refused, not connected');
    assert.equal(err.kind, 'host-key-changed');
    assert.deepEqual(questions, [], 'not asked as if the host were new');
    assert.equal(refusals.length, 1, 'said loudly');
    assert.deepEqual(refusals[0]!.known.map((k) => [k.file, k.line, k.keyType]), [[knownHosts, 2, 'ssh-rsa']]);
    assert.equal(refusals[0]!.keyType, 'ssh-ed25519');
    assert.equal(refusals[0]!.name, `[127.0.0.1]:${server.port}`);
    assert.equal((await readFile(knownHosts, 'utf8')).split('\n').length, 3, 'known_hosts left as it was');
  });

  it('asks a server with several host keys for the type on file first, as OpenSSH does', async () => {
    const both = await startConsoleServer({ allowedUsers: ['demo'], hostKeyTypes: ['ed25519', 'rsa'] });
    try {
      await writeFile(knownHosts, knownHostsLine('127.0.0.1', both.port, both.hostKeys['ssh-rsa']!) + '\n');
      const client = await connectSsh(request({ port: both.port, key: both.keyPath }));
      client.end();
      assert.deepEqual([questions, refusals], [[], []]);
    } finally {
      await both.stop();
    }
  });

  it('writes a hashed line with HashKnownHosts=yes, which it and ssh-keygen -F then find', async () => {
    await writeFile(knownHosts, '');
    answer = true;
    (await connectSsh(request({ args: ['-o', 'HashKnownHosts=yes'] }))).end();
    const text = await readFile(knownHosts, 'utf8');
    assert.match(text, /^\|1\|[A-Za-z0-9+/=]+\|[A-Za-z0-9+/=]+ ssh-ed25519 [A-Za-z0-9+/=]+\n$/);
    assert.doesNotMatch(text, /127\.0\.0\.1/);
    assert.deepEqual(checkHostKey(parseKnownHosts(text), '127.0.0.1', server.port, server.hostKey), { status: 'known' });
    await run('ssh-keygen', ['-F', hostKeyName('127.0.0.1', server.port), '-f', knownHosts]);
    (await connectSsh(request())).end();
    assert.equal(questions.length, 1, 'asked once');
  });

  it('refuses a key marked @revoked, even with StrictHostKeyChecking=no, and one revoked in the system-wide file', async () => {
    const revoked = `@revoked * ssh-ed25519 ${server.hostKey.toString('base64')}\n`;
    await writeFile(knownHosts, revoked + knownHostsLine('127.0.0.1', server.port, server.hostKey) + '\n');
    const err = await connectSsh(request({ args: ['-o', 'StrictHostKeyChecking=no'] })).then((c) => void c.end(), (e: unknown) => e);
    assert.ok(err instanceof SshConnectError, 'refused, not connected');
    assert.equal(err.kind, 'host-key-revoked');
    assert.deepEqual(refusals.map((r) => [r.kind, r.known.map((k) => k.line)]), [['revoked', [1]]]);

    const global = path.join(dir, 'ssh_known_hosts');
    await writeFile(global, revoked);
    await writeFile(knownHosts, '');
    const req = request({ args: ['-o', 'StrictHostKeyChecking=accept-new'] });
    req.options.globalKnownHostsFiles = [global];
    const err2 = await connectSsh(req).then((c) => void c.end(), (e: unknown) => e);
    assert.equal((err2 as SshConnectError).kind, 'host-key-revoked');
    assert.equal(await readFile(knownHosts, 'utf8'), '');
  });

  it('logs in with a key held by the SSH agent (no key file named)', async function () {
    const sock = path.join(dir, 'agent.sock');
    const started = await run('ssh-agent', ['-s', '-a', sock]).catch(() => undefined);
    if (!started) return this.skip();
    const pid = /SSH_AGENT_PID=(\d+)/.exec(started.stdout)?.[1];
    try {
      await run('ssh-add', ['-q', server.keyPath], { env: { ...process.env, SSH_AUTH_SOCK: sock } });
      const req = request();
      req.options = parseSshOptions(['-p', String(server.port), '-o', `UserKnownHostsFile=${knownHosts}`]);
      req.agents = [path.join(dir, 'no-agent-here.sock'), sock];
      const before = server.sessions.length;
      const { shell, text } = await openShell(req);
      await until(() => text().includes('web1 login:'), 'the login prompt');
      assert.equal(server.sessions[before]?.username, 'demo');
      shell.close();
    } finally {
      if (pid) process.kill(Number(pid));
    }
  });

  it('reports a port nobody listens on as a network failure', async () => {
    const req = request();
    req.options.port = 1;
    const err = await connectSsh(req).then(() => undefined, (e: unknown) => e);
    assert.equal((err as SshConnectError).kind, 'network');
  });
});
