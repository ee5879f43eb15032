// One SSH connection for a console, made with ssh2 inside the extension: host key checked
// against known_hosts (a new one is asked about, never trusted silently), then the agent and
// the key files tried in turn. vscode-free: the questions go through `SshPrompts`.
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { Client, utils, type AnyAuthMethod, type ConnectConfig, type NextAuthHandler } from 'ssh2';
import { checkHostKey, fingerprint, keyTypeOf, knownHostsLine, parseKnownHosts, type KnownHostEntry } from './knownHosts';
import type { SshOptions } from './options';

export interface HostKeyQuestion {
  host: string;
  port: number;
  keyType: string;
  fingerprint: string;
}

export interface SshPrompts {
  /** A host key not on file: true to trust it (it is then appended to known_hosts). */
  confirmHostKey(q: HostKeyQuestion): Promise<boolean>;
  /** A key file that needs a passphrase; undefined skips the key. Never logged. */
  passphrase(file: string, again: boolean): Promise<string | undefined>;
}

export interface SshRequest {
  host: string;
  username: string;
  options: SshOptions;
  /** SSH agents to ask, in turn (a socket, a Windows pipe, or 'pageant'); none with IdentitiesOnly. */
  agents: readonly string[];
  /** ~/.ssh/id_* to try when no -i names a key. */
  defaultIdentities: string[];
  prompts: SshPrompts;
  log?: (line: string) => void;
  readyTimeoutMs?: number;
}

export type SshFailure = 'refused' | 'host-key-changed' | 'host-key-revoked' | 'host-key-rejected' | 'network';

export class SshConnectError extends Error {
  constructor(
    readonly kind: SshFailure,
    message: string,
    /** For host key failures: the fingerprint of the key the server offered. */
    readonly fingerprint?: string,
  ) {
    super(message);
    this.name = 'SshConnectError';
  }
}

async function readKnownHosts(files: readonly string[]): Promise<KnownHostEntry[]> {
  const all: KnownHostEntry[] = [];
  for (const f of files) {
    const text = await readFile(f, 'utf8').catch(() => '');
    all.push(...parseKnownHosts(text));
  }
  return all;
}

async function rememberHostKey(file: string | undefined, host: string, port: number, blob: Buffer): Promise<void> {
  if (file === undefined || file === '/dev/null' || file.toLowerCase() === 'none' || file.toUpperCase() === 'NUL') return;
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const existing = await readFile(file, 'utf8').catch(() => '');
  const sep = existing === '' || existing.endsWith('\n') ? '' : '\n';
  await appendFile(file, `${sep}${knownHostsLine(host, port, blob)}\n`, { mode: 0o600 });
}

/** ssh2 asks for one method at a time: agent first, then each key file (prompting if encrypted). */
function authMethods(req: SshRequest): () => Promise<AnyAuthMethod | false> {
  const steps: Array<() => Promise<AnyAuthMethod | undefined>> = [];
  const useAgent = !(req.options.identitiesOnly && req.options.identityFiles.length > 0);
  // An agent that is not running only logs an 'agent' error; ssh2 then moves on to the next step.
  if (useAgent) for (const agent of req.agents) steps.push(async () => ({ type: 'agent', username: req.username, agent }));
  const files = req.options.identityFiles.length > 0 || req.options.identitiesOnly ? req.options.identityFiles : req.defaultIdentities;
  for (const file of files) steps.push(() => keyFileMethod(req, file));
  return async () => {
    while (steps.length > 0) {
      const method = await steps.shift()!();
      if (method) return method;
    }
    return false;
  };
}

async function keyFileMethod(req: SshRequest, file: string): Promise<AnyAuthMethod | undefined> {
  const data = await readFile(file).catch(() => undefined);
  if (!data) return undefined;
  let parsed = utils.parseKey(data);
  if (!(parsed instanceof Error)) return { type: 'publickey', username: req.username, key: data };
  if (!/encrypted|passphrase/i.test(parsed.message)) {
    req.log?.(`ssh: skipped ${file}: ${parsed.message}`);
    return undefined;
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    const passphrase = await req.prompts.passphrase(file, attempt > 0);
    if (passphrase === undefined) return undefined;
    parsed = utils.parseKey(data, passphrase);
    if (!(parsed instanceof Error)) return { type: 'publickey', username: req.username, key: data, passphrase };
  }
  return undefined;
}

export function connectSsh(req: SshRequest): Promise<Client> {
  const { host, options } = req;
  const port = options.port;
  let hostKeyFailure: SshConnectError | undefined;
  const verify = async (blob: Buffer): Promise<boolean> => {
    const fp = fingerprint(blob);
    if (options.hostKeyPolicy === 'no') return true;
    const result = checkHostKey(await readKnownHosts(options.knownHostsFiles), host, port, blob);
    if (result.status === 'known') return true;
    if (result.status === 'revoked') {
      hostKeyFailure = new SshConnectError('host-key-revoked', `the host key of ${host} (${fp}) is marked @revoked in known_hosts`, fp);
      return false;
    }
    if (result.status === 'changed') {
      hostKeyFailure = new SshConnectError('host-key-changed', `the host key of ${host} has changed (${fp}); known_hosts line ${result.line} has another`, fp);
      return false;
    }
    const trust =
      options.hostKeyPolicy === 'accept-new' ||
      (options.hostKeyPolicy === 'ask' && (await req.prompts.confirmHostKey({ host, port, keyType: keyTypeOf(blob), fingerprint: fp })));
    if (!trust) {
      hostKeyFailure = new SshConnectError('host-key-rejected', `the host key of ${host} (${fp}) was not accepted`, fp);
      return false;
    }
    await rememberHostKey(options.knownHostsFiles[0], host, port, blob).catch((err: Error) => req.log?.(`ssh: could not save the host key: ${err.message}`));
    return true;
  };
  const next = authMethods(req);
  return new Promise<Client>((resolve, reject) => {
    const client = new Client();
    let settled = false;
    const fail = (err: SshConnectError): void => {
      if (settled) return;
      settled = true;
      client.end();
      reject(err);
    };
    client.on('ready', () => {
      settled = true;
      resolve(client);
    });
    client.on('error', (err: Error & { level?: string }) => {
      if (err.level === 'agent') return void req.log?.(`ssh: agent: ${err.message}`);
      if (hostKeyFailure) return fail(hostKeyFailure);
      if (err.level === 'client-authentication') return fail(new SshConnectError('refused', err.message));
      fail(new SshConnectError('network', err.message));
    });
    client.on('close', () => fail(hostKeyFailure ?? new SshConnectError('network', 'the connection closed before login')));
    const config: ConnectConfig = {
      host,
      port,
      username: req.username,
      readyTimeout: req.readyTimeoutMs ?? 20_000,
      hostVerifier: (key: Buffer, callback: (ok: boolean) => void) => {
        verify(key).then(callback, (err: Error) => {
          hostKeyFailure = new SshConnectError('host-key-rejected', err.message);
          callback(false);
        });
      },
      authHandler: (_left: unknown, _partial: boolean, callback: NextAuthHandler) => {
        // ssh2 takes `false` for "nothing left to try", which its typings leave out.
        const give = callback as (m: AnyAuthMethod | false) => void;
        next().then(give, () => give(false));
      },
    };
    client.connect(config);
  });
}
