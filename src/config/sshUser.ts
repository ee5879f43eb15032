// Who to log in as on a server over SSH (the SSH terminal and the managed SSH config):
// `bigv.ssh.user` (default root), overridden per profile or per server by `bigv.ssh.users`, whose
// keys are a profile's id (`default`, `staging`) or a server's `server.group.account`. A value
// that is not a plain user name is never used: it would end up on ssh's command line and in an
// ssh_config file. No vscode import.
import type { ConfigSource } from './settings';

export const DEFAULT_SSH_USER = 'root';

const USER = /^[A-Za-z_][A-Za-z0-9_.-]{0,31}$/;

/** A user name ssh can take as is: no spaces, quotes, `@`, leading dash or newline. */
export function isSshUser(name: unknown): name is string {
  return typeof name === 'string' && USER.test(name);
}

/** The user for one server: its own override, else its profile's, else bigv.ssh.user, else root. */
export function sshUserFor(cfg: ConfigSource, profileId: string, fullName: string, warn: (m: string) => void = () => undefined): string {
  const users = cfg.get<unknown>('ssh.users');
  const table = typeof users === 'object' && users !== null && !Array.isArray(users) ? (users as Record<string, unknown>) : {};
  for (const key of [fullName, profileId]) {
    if (!Object.prototype.hasOwnProperty.call(table, key)) continue;
    const value = table[key];
    if (isSshUser(value)) return value;
    warn(`bigv.ssh.users["${key}"] is not a plain user name; ignoring it.`);
  }
  const user = cfg.get<unknown>('ssh.user');
  if (user === undefined || user === null || user === '') return DEFAULT_SSH_USER;
  if (isSshUser(user)) return user;
  warn(`bigv.ssh.user is not a plain user name; using ${DEFAULT_SSH_USER}.`);
  return DEFAULT_SSH_USER;
}
