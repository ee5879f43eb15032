// A stand-in for BigV's serial console: an SSH server on loopback that the real OpenSSH client
// connects to (from a VS Code terminal in the end-to-end tests, directly in the console tests). Like the real one it only lets in
// the session's user with a registered public key; it then plays a serial console (banner, login
// prompt, echo) so a test can see that the terminal reached it, and as whom.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { Server, utils, type Connection, type ServerChannel } from 'ssh2';
import { debianHealth } from './healthText';
import { serveRfb, type RfbSession } from './rfbServer';

const run = promisify(execFile);

export interface ConsoleServerOptions {
  /** Usernames let in (the BigV session usernames); anyone else is refused. */
  allowedUsers: string[];
  /** Loopback addresses to listen on, all on one port; default ['127.0.0.1']. */
  hosts?: string[];
  /** Names the server behind the address the client dialled (several servers may share one). */
  nameFor?: (localAddress: string) => string | undefined;
  /** The appliance the server behind the address booted (`rescue`), if any: its console shows that system. */
  applianceFor?: (localAddress: string) => string | undefined;
  port?: number;
  /**
   * The server whose own address (its primary IP, on loopback in demo and e2e) was dialled, if
   * any: then this plays that server's sshd (a shell with a `root@web1:~#` prompt), not a console.
   * Null: a server's own address, but it is not running: nobody is let in.
   */
  serverFor?: (localAddress: string) => string | null | undefined;
  /** Who a server's own sshd lets in (with the same key); default ['root']. */
  serverUsers?: string[];
  /**
   * What a server's own sshd prints for the health command (an `exec` reading /proc/loadavg);
   * default: Debian's, with web2's root disc 95 % full so the full-disc flag shows.
   */
  healthFor?: (serverName: string) => string;
  /** The host key types it has, in the order it prefers them; default ['ed25519']. */
  hostKeyTypes?: Array<'ed25519' | 'rsa'>;
  log?: (line: string) => void;
}

export interface ConsoleSession {
  username: string;
  localAddress: string;
  serverName: string;
  /** Everything the client typed, as received. */
  input: string;
  closed: boolean;
  /** The terminal sizes the client asked for: the pty request, then each window change. */
  sizes: Array<{ cols: number; rows: number }>;
  term: string;
  /** A server's own shell (serverFor), not its serial console. */
  shell?: boolean;
}

/** A tunnel to port 5900 (the graphical console), with what its RFB server saw. */
export interface VncSession {
  username: string;
  destination: string;
  rfb: RfbSession;
  /** Hangs up the tunnel from the server's side, as a lost connection would. */
  close(): void;
}

export interface ConsoleServer {
  port: number;
  /** Private key the ssh client must use (`-i`); its public half is the only one accepted. */
  keyPath: string;
  /** ssh arguments that reach this server: what `bigv.console.sshArgs` gets. */
  sshArgs: string[];
  sessions: ConsoleSession[];
  vnc: VncSession[];
  /** Commands run with `exec` on a server's own address (the health reads). */
  execs: Array<{ username: string; serverName: string; command: string }>;
  /** The server's public host key (SSH wire format), for known_hosts in tests: its first one. */
  hostKey: Buffer;
  /** Each of its public host keys by type (`ssh-ed25519`, `ssh-rsa`). */
  hostKeys: Record<string, Buffer>;
  /** Failed attempts (wrong user or key), for tests and for debugging a run. */
  refused: Array<{ username: string; reason: string }>;
  stop(): Promise<void>;
}

/** The health command's answer by default: web2's root disc is 95 % full. */
export function defaultHealth(serverName: string): string {
  return serverName === 'web2' ? debianHealth({ rootPercent: 95, load: '2.31 1.87 1.20' }) : debianHealth();
}

/** What a server booted into an appliance shows on its console instead of its own system. */
export function rescueBanner(appliance: string): string {
  return `Bytemark ${appliance} system (booted from the network; your discs are not mounted)`;
}

export function banner(serverName: string): string {
  return `Connected to the serial console of ${serverName} (BigV simulator)`;
}

export async function startConsoleServer(opts: ConsoleServerOptions): Promise<ConsoleServer> {
  const log = opts.log ?? (() => undefined);
  const dir = await mkdtemp(path.join(tmpdir(), 'bigv-console-'));
  const keyPath = path.join(dir, 'id_ed25519');
  await run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'bigv-console-test', '-f', keyPath]);
  const allowed = utils.parseKey(await readFile(`${keyPath}.pub`, 'utf8'));
  if (allowed instanceof Error) throw new Error(`console server: cannot parse the generated key: ${allowed.message}`);
  const allowedPub = allowed.getPublicSSH();
  const hostKeyTexts: Buffer[] = [];
  const hostKeys: Record<string, Buffer> = {};
  for (const type of opts.hostKeyTypes ?? ['ed25519']) {
    const file = path.join(dir, `host_${type}`);
    await run('ssh-keygen', ['-q', '-t', type, ...(type === 'rsa' ? ['-b', '2048'] : []), '-N', '', '-C', 'bigv-console-test-host', '-f', file]);
    const text = await readFile(file);
    const parsed = utils.parseKey(text);
    if (parsed instanceof Error) throw parsed;
    hostKeyTexts.push(text);
    hostKeys[parsed.type] = parsed.getPublicSSH();
  }

  const sessions: ConsoleSession[] = [];
  const vnc: VncSession[] = [];
  const execs: ConsoleServer['execs'] = [];
  const refused: ConsoleServer['refused'] = [];
  const openSockets = new Set<net.Socket>();

  const ssh = new Server({ hostKeys: hostKeyTexts });
  const onClient = (client: Connection, localAddress: string): void => {
    let username = '';
    client.on('authentication', (ctx) => {
      username = ctx.username;
      const own = opts.serverFor?.(localAddress);
      const users = own === undefined ? opts.allowedUsers : own === null ? [] : (opts.serverUsers ?? ['root']);
      if (!users.includes(ctx.username)) {
        refused.push({ username: ctx.username, reason: 'unknown user' });
        log(`console: refused user ${ctx.username}`);
        return ctx.reject(['publickey']);
      }
      if (ctx.method !== 'publickey') return ctx.reject(['publickey']);
      const sameKey = ctx.key.algo === allowed.type && ctx.key.data.equals(allowedPub);
      if (!sameKey) {
        refused.push({ username: ctx.username, reason: 'unknown key' });
        return ctx.reject(['publickey']);
      }
      // Without a signature the client only asks whether the key would do; with one it proves it.
      if (ctx.signature && ctx.blob && !allowed.verify(ctx.blob, ctx.signature, ctx.hashAlgo)) {
        refused.push({ username: ctx.username, reason: 'bad signature' });
        return ctx.reject(['publickey']);
      }
      ctx.accept();
    });
    client.on('ready', () => {
      // The graphical console: a tunnel to port 5900 of the address dialled, as on BigV.
      client.on('tcpip', (accept, reject, info) => {
        if (info.destPort !== 5900) return reject?.();
        const destination = `${info.destIP}:${info.destPort}`;
        log(`console: ${username} opened a VNC tunnel to ${destination}`);
        const channel = accept();
        vnc.push({ username, destination, rfb: serveRfb(channel, opts.nameFor?.(localAddress) ?? 'your server'), close: () => channel.close() });
      });
      client.on('session', (acceptSession) => {
        const session = acceptSession();
        const sizes: ConsoleSession['sizes'] = [];
        let term = '';
        session.on('pty', (accept, _reject, info) => {
          sizes.push({ cols: info.cols, rows: info.rows });
          term = info.term;
          accept?.();
        });
        session.on('window-change', (accept, _reject, info) => {
          sizes.push({ cols: info.cols, rows: info.rows });
          accept?.();
        });
        session.on('env', (accept) => accept?.());
        // A server's own sshd runs the health command (and nothing else): realistic /proc text.
        session.on('exec', (accept, reject, info) => {
          const own = opts.serverFor?.(localAddress) ?? undefined;
          if (!own || !info.command.includes('/proc/loadavg')) return reject?.();
          execs.push({ username, serverName: own, command: info.command });
          log(`console: ${username} read the health of ${own}`);
          const stream = accept();
          stream.write((opts.healthFor ?? defaultHealth)(own));
          stream.exit(0);
          stream.end();
        });
        session.on('shell', (accept) => {
          const own = opts.serverFor?.(localAddress) ?? undefined;
          const name = own ?? opts.nameFor?.(localAddress) ?? 'your server';
          const record: ConsoleSession = { username, localAddress, serverName: name, input: '', closed: false, sizes, term, ...(own ? { shell: true } : {}) };
          sessions.push(record);
          log(`console: ${username} connected to ${own ? 'the shell of ' : ''}${name} via ${localAddress}`);
          if (own) playShell(accept(), name, username, record);
          else playConsole(accept(), name, record, opts.applianceFor?.(localAddress));
        });
      });
    });
    client.on('error', (err) => log(`console: client error ${err.message}`));
  };

  const localByRemote = new Map<string, string>();
  ssh.on('connection', (client, info) => {
    const key = `${info.ip}:${info.port}`;
    const local = localByRemote.get(key) ?? '127.0.0.1';
    localByRemote.delete(key);
    onClient(client, local.replace(/^::ffff:/, ''));
  });
  ssh.on('error', (err: Error) => log(`console: ${err.message}`));

  const listeners: net.Server[] = [];
  let port = opts.port ?? 0;
  for (const host of opts.hosts ?? ['127.0.0.1']) {
    const listener = net.createServer((socket) => {
      openSockets.add(socket);
      socket.on('close', () => openSockets.delete(socket));
      // ssh2 reports a connection only after the handshake, by remote address: remember which
      // local address that remote end dialled, since that is what tells the servers apart.
      localByRemote.set(`${socket.remoteAddress}:${socket.remotePort}`, socket.localAddress ?? host);
      ssh.injectSocket(socket);
    });
    await new Promise<void>((resolve, reject) => {
      listener.once('error', reject);
      listener.listen(port, host, () => resolve());
    });
    const address = listener.address();
    if (address && typeof address === 'object') port = address.port;
    listeners.push(listener);
  }

  return {
    port,
    keyPath,
    sshArgs: ['-p', String(port), '-i', keyPath, '-o', 'StrictHostKeyChecking=no', '-o', 'UserKnownHostsFile=/dev/null',
      '-o', 'IdentitiesOnly=yes', '-o', 'LogLevel=ERROR'],
    sessions,
    vnc,
    execs,
    hostKey: Object.values(hostKeys)[0]!,
    hostKeys,
    refused,
    async stop() {
      for (const s of openSockets) s.destroy();
      await Promise.all(listeners.map((l) => new Promise<void>((resolve) => l.close(() => resolve()))));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Banner, a getty-style login prompt, and echo: enough to look like a serial console. */
function playConsole(stream: ServerChannel, name: string, record: ConsoleSession, appliance?: string): void {
  const prompt = appliance === undefined ? `${name} login: ` : `${appliance} login: `;
  const system = appliance === undefined ? `Debian GNU/Linux 12 ${name} ttyS0` : rescueBanner(appliance);
  stream.write(`\r\n${banner(name)}\r\nPress Ctrl-] to leave.\r\n\r\n${system}\r\n\r\n${prompt}`);
  stream.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    record.input += text;
    for (const ch of text) {
      if (ch === '\x1d') {
        stream.write('\r\nConnection to the serial console closed.\r\n');
        stream.exit(0);
        stream.end();
        return;
      }
      if (ch === '\r' || ch === '\n') stream.write(`\r\nLogin incorrect\r\n\r\n${prompt}`);
      else if (ch === '\x7f') stream.write('\b \b');
      else stream.write(ch);
    }
  });
  stream.on('close', () => {
    record.closed = true;
  });
}

/** A server's own login shell, as far as a test needs: a motd, a prompt, echo, `exit`. */
function playShell(stream: ServerChannel, name: string, user: string, record: ConsoleSession): void {
  const prompt = `${user}@${name}:~${user === 'root' ? '#' : '$'} `;
  stream.write(`Linux ${name} 6.1.0-18-amd64 #1 SMP Debian 6.1.76-1 x86_64 (BigV simulator)\r\n\r\n${prompt}`);
  let line = '';
  stream.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    record.input += text;
    for (const ch of text) {
      if (ch === '\r' || ch === '\n') {
        if (line.trim() === 'exit') {
          stream.write('\r\nlogout\r\n');
          stream.exit(0);
          stream.end();
          return;
        }
        stream.write(line.trim() === 'hostname' ? `\r\n${name}\r\n${prompt}` : `\r\n${prompt}`);
        line = '';
      } else if (ch === '\x7f') {
        line = line.slice(0, -1);
        stream.write('\b \b');
      } else {
        line += ch;
        stream.write(ch);
      }
    }
  });
  stream.on('close', () => {
    record.closed = true;
  });
}
