// The host key check of a console connection, with OpenSSH's rules: a revoked key is refused
// whatever the policy; a key that is not the one (or of the type) on file is refused, never asked
// about as if the host were new; a new host follows StrictHostKeyChecking; an accepted key is
// appended to the first UserKnownHostsFile, hashed when HashKnownHosts says so.
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { ServerHostKeyAlgorithm } from 'ssh2';
import { checkHostKey, fingerprint, hostKeyName, keyTypeOf, knownHostsLine, knownKeyTypes, parseKnownHosts, type KnownHostEntry } from './knownHosts';
import type { SshOptions } from './options';
import { SshConnectError, type HostKeyProblem, type SshPrompts } from './types';

export async function readKnownHosts(files: readonly string[]): Promise<KnownHostEntry[]> {
  const all: KnownHostEntry[] = [];
  for (const f of files) {
    const text = await readFile(f, 'utf8').catch(() => '');
    all.push(...parseKnownHosts(text, f));
  }
  return all;
}

async function rememberHostKey(file: string | undefined, line: string): Promise<void> {
  if (file === undefined || file === '/dev/null' || file.toLowerCase() === 'none' || file.toUpperCase() === 'NUL') return;
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const existing = await readFile(file, 'utf8').catch(() => '');
  const sep = existing === '' || existing.endsWith('\n') ? '' : '\n';
  await appendFile(file, `${sep}${line}\n`, { mode: 0o600 });
}

/** ssh2's host key algorithms (its default order); `ssh-rsa` keys sign with any of the three RSA ones. */
const ALGORITHMS: ServerHostKeyAlgorithm[] = ['ssh-ed25519', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521', 'rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'];
const algorithmType = (a: string): string => (a.startsWith('rsa-sha2-') ? 'ssh-rsa' : a);

/**
 * The host key algorithms to offer, those of the types on file first (OpenSSH does the same): a
 * server with an RSA and an ed25519 key then shows the one the user already trusts, rather than
 * one that would have to be refused as "another key". Undefined: nothing on file, ssh2's default.
 */
export function hostKeyAlgorithms(knownTypes: readonly string[]): ServerHostKeyAlgorithm[] | undefined {
  const first = ALGORITHMS.filter((a) => knownTypes.includes(algorithmType(a)));
  return first.length === 0 ? undefined : [...first, ...ALGORITHMS.filter((a) => !first.includes(a))];
}

export interface HostKeyCheck {
  algorithms: ServerHostKeyAlgorithm[] | undefined;
  /** ssh2's hostVerifier: resolves whether to go on; a refusal is left in `failure`. */
  verify(blob: Buffer): Promise<boolean>;
  failure: SshConnectError | undefined;
}

export async function hostKeyCheck(
  host: string,
  options: SshOptions,
  prompts: SshPrompts,
  log?: (line: string) => void,
): Promise<HostKeyCheck> {
  const port = options.port;
  const entries = await readKnownHosts([...options.knownHostsFiles, ...options.globalKnownHostsFiles]);
  const check: HostKeyCheck = {
    algorithms: hostKeyAlgorithms(knownKeyTypes(entries, host, port)),
    failure: undefined,
    async verify(blob) {
      const fp = fingerprint(blob);
      const keyType = keyTypeOf(blob);
      const result = checkHostKey(entries, host, port, blob);
      if (result.status === 'known') return true;
      const refuse = (kind: HostKeyProblem['kind'], known: readonly KnownHostEntry[], message: string): false => {
        const problem: HostKeyProblem = { kind, host, port, name: hostKeyName(host, port), keyType, fingerprint: fp, known: known.map((e) => ({ file: e.file, line: e.line, keyType: e.keyType })) };
        check.failure = new SshConnectError(kind === 'revoked' ? 'host-key-revoked' : 'host-key-changed', message, fp, problem);
        prompts.hostKeyRefused(problem);
        return false;
      };
      // Revoked is refused even with StrictHostKeyChecking=no, as OpenSSH does.
      if (result.status === 'revoked') return refuse('revoked', [result.entry], `the host key of ${host} (${fp}) is marked @revoked in ${result.entry.file}:${result.entry.line}`);
      if (options.hostKeyPolicy === 'no') return true;
      if (result.status === 'changed') {
        const where = result.known.map((e) => `${e.keyType} at ${e.file}:${e.line}`).join(', ');
        return refuse('changed', result.known, `the host key of ${host} is not the one on file: it offers ${keyType} ${fp}; known_hosts has ${where}`);
      }
      const trust =
        options.hostKeyPolicy === 'accept-new' ||
        (options.hostKeyPolicy === 'ask' && (await prompts.confirmHostKey({ host, port, keyType, fingerprint: fp })));
      if (!trust) {
        check.failure = new SshConnectError('host-key-rejected', `the host key of ${host} (${fp}) was not accepted`, fp);
        return false;
      }
      const line = knownHostsLine(host, port, blob, options.hashKnownHosts);
      await rememberHostKey(options.knownHostsFiles[0], line).catch((err: Error) => log?.(`ssh: could not save the host key: ${err.message}`));
      return true;
    },
  };
  return check;
}
