// The SSH terminal to a server itself (not its serial console): `ssh [bigv.ssh.args] user@address`
// to its primary address, as a process argv (never a shell string). The address comes from the
// API and must be a plain IP, the user from the settings and must be a plain user name, so
// neither can become an option. And why a connection was refused, in one word. No vscode import.
import { isIP } from 'node:net';
import { isSshUser } from '../../config/sshUser';

export type ServerArgvProblem = 'no-address' | 'bad-address' | 'bad-user';

export type ServerArgvResult = { ok: true; argv: string[]; destination: string; address: string } | { ok: false; problem: ServerArgvProblem };

export function buildServerSshArgv(o: { sshArgs: readonly string[]; user: string; address: string | undefined }): ServerArgvResult {
  const address = (o.address ?? '').trim();
  if (address === '') return { ok: false, problem: 'no-address' };
  if (isIP(address) === 0) return { ok: false, problem: 'bad-address' };
  if (!isSshUser(o.user)) return { ok: false, problem: 'bad-user' };
  const destination = `${o.user}@${address}`;
  return { ok: true, argv: [...o.sshArgs, destination], destination, address };
}

/** Why the built-in client could not log in: what the terminal then says. */
export type RefusalReason = 'no-key' | 'port-closed' | 'unreachable' | 'host-key' | 'other';

export function refusalReason(err: unknown): RefusalReason {
  const e = (err ?? {}) as { kind?: string; message?: string; code?: string };
  if (e.kind === 'refused') return 'no-key';
  if (e.kind === 'host-key-changed' || e.kind === 'host-key-revoked' || e.kind === 'host-key-rejected') return 'host-key';
  const text = `${e.code ?? ''} ${e.message ?? String(err)}`;
  if (/ECONNREFUSED/.test(text)) return 'port-closed';
  if (/EHOSTUNREACH|ENETUNREACH|ETIMEDOUT|EHOSTDOWN|ENOTFOUND|EADDRNOTAVAIL|timed out/i.test(text)) return 'unreachable';
  return 'other';
}
