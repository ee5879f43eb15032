// One SSH connection for a console, made with ssh2 inside the extension: host key checked
// against known_hosts (hostKeyCheck.ts: a new one is asked about, never trusted silently; another
// one is refused), then the agent and the key files tried in turn. vscode-free: the questions go
// through `SshPrompts`.
import { readFile } from 'node:fs/promises';
import { Client, utils, type AnyAuthMethod, type ConnectConfig, type NextAuthHandler } from 'ssh2';
import { hostKeyCheck } from './hostKeyCheck';
import type { SshOptions } from './options';
import { SshConnectError, type SshPrompts } from './types';

export { SshConnectError, type HostKeyProblem, type HostKeyQuestion, type SshFailure, type SshPrompts } from './types';

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

/**
 * The login's time limit, stopped while a person answers (the trust question, a passphrase):
 * ssh2's own readyTimeout runs on, and ended a login whose fingerprint took a while to check.
 */
function loginClock(ms: number, onTimeout: () => void) {
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  const start = (): void => {
    running = true;
    timer = setTimeout(onTimeout, ms);
  };
  const stop = (): void => {
    running = false;
    clearTimeout(timer);
  };
  const asking = async <T>(ask: () => Promise<T>): Promise<T> => {
    const was = running;
    stop();
    try {
      return await ask();
    } finally {
      if (was) start();
    }
  };
  return { start, stop, asking };
}

export async function connectSsh(req: SshRequest): Promise<Client> {
  const { host, options } = req;
  let onTimeout = (): void => undefined;
  const clock = loginClock(req.readyTimeoutMs ?? 20_000, () => onTimeout());
  const prompts: SshPrompts = {
    confirmHostKey: (q) => clock.asking(() => req.prompts.confirmHostKey(q)),
    hostKeyRefused: (p) => req.prompts.hostKeyRefused(p),
    passphrase: (file, again) => clock.asking(() => req.prompts.passphrase(file, again)),
  };
  const hostKey = await hostKeyCheck(host, options, prompts, req.log);
  const next = authMethods({ ...req, prompts });
  return new Promise<Client>((resolve, reject) => {
    const client = new Client();
    let settled = false;
    const fail = (err: SshConnectError): void => {
      clock.stop();
      if (settled) return;
      settled = true;
      client.end();
      reject(err);
    };
    onTimeout = () => fail(new SshConnectError('network', 'timed out while waiting for the console to answer'));
    client.on('ready', () => {
      clock.stop();
      settled = true;
      resolve(client);
    });
    client.on('error', (err: Error & { level?: string }) => {
      if (err.level === 'agent') return void req.log?.(`ssh: agent: ${err.message}`);
      if (hostKey.failure) return fail(hostKey.failure);
      if (err.level === 'client-authentication') return fail(new SshConnectError('refused', err.message));
      fail(new SshConnectError('network', err.message));
    });
    client.on('close', () => fail(hostKey.failure ?? new SshConnectError('network', 'the connection closed before login')));
    const config: ConnectConfig = {
      host,
      port: options.port,
      username: req.username,
      readyTimeout: 0,
      // The key types on file first, so that a server with several keys shows the trusted one.
      ...(hostKey.algorithms ? { algorithms: { serverHostKey: hostKey.algorithms } } : {}),
      hostVerifier: (key: Buffer, callback: (ok: boolean) => void) => {
        hostKey.verify(key).then(callback, (err: Error) => {
          hostKey.failure = new SshConnectError('host-key-rejected', err.message);
          callback(false);
        });
      },
      authHandler: (_left: unknown, _partial: boolean, callback: NextAuthHandler) => {
        // ssh2 takes `false` for "nothing left to try", which its typings leave out.
        const give = callback as (m: AnyAuthMethod | false) => void;
        next().then(give, () => give(false));
      },
    };
    clock.start();
    client.connect(config);
  });
}
