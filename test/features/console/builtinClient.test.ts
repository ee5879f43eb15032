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
import { connectSsh, SshConnectError, type HostKeyQuestion, type SshRequest } from '../../../src/features/console/ssh/connect';
import { knownHostsLine } from '../../../src/features/console/ssh/knownHosts';
import { parseSshOptions } from '../../../src/features/console/ssh/options';
import { banner, startConsoleServer, type ConsoleServer } from '../../support/consoleServer';

const run = promisify(execFile);

describe('console: built-in SSH client against a loopback console server', function () {
  this.timeout(20_000);
  let server: ConsoleServer;
  let dir: string;
  let knownHosts: string;
  let questions: HostKeyQuestion[];
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
    answer = false;
  });

  function request(o: { key?: string; username?: string; passphrases?: string[] } = {}): SshRequest {
    const passphrases = [...(o.passphrases ?? [])];
    return {
      host: '127.0.0.1',
      username: o.username ?? 'demo',
      options: parseSshOptions(['-p', String(server.port), '-i', o.key ?? server.keyPath, '-o', 'IdentitiesOnly=yes', '-o', `UserKnownHostsFile=${knownHosts}`]),
      agents: [],
      defaultIdentities: [],
      prompts: {
        confirmHostKey: async (q) => (questions.push(q), answer),
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

  it('refuses a host whose key differs from the one on file, without asking', async () => {
    const wrong = Buffer.from(server.hostKey);
    wrong[wrong.length - 1] ^= 0xff;
    await writeFile(knownHosts, knownHostsLine('127.0.0.1', server.port, wrong) + '\n');
    answer = true;
    const err = await connectSsh(request()).then(() => undefined, (e: unknown) => e);
    assert.equal((err as SshConnectError).kind, 'host-key-changed');
    assert.match((err as SshConnectError).fingerprint ?? '', /^SHA256:/);
    assert.deepEqual(questions, []);
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
