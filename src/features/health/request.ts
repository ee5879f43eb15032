// The health read with the settings and the machine's SSH setup (bigv.ssh.args, ~/.ssh/config,
// the agent, ~/.ssh/id_*), as the SSH terminal's built-in client has them, to the server's
// primary address as its SSH user (the argv rules of Open SSH Terminal: a plain IP, a plain user
// name). In dist/consoles.js with the rest of ssh2's users, so none of it (nor node:net) loads
// at activation.
import * as l10n from '@vscode/l10n';
import type { HealthResult } from '../../model/health';
import { buildServerSshArgv } from '../console/serverSshArgv';
import { consoleRequest } from '../console/ssh/request';
import { parseConsoleSettings } from '../console/sshArgv';
import { readHealthOver } from './readHealth';

export interface HealthTarget {
  /** The settings as read: bigv.console.sshPath, bigv.ssh.args. */
  sshPath: unknown;
  sshArgs: unknown;
  user: string;
  /** The server's primary address (from the API: checked here). */
  address: string | undefined;
  log: (line: string) => void;
}

export async function readServerHealth(t: HealthTarget): Promise<HealthResult> {
  const parsed = parseConsoleSettings(t.sshPath, t.sshArgs);
  if (!parsed.ok) return { ok: false, reason: l10n.t('bigv.ssh.args is not a list of strings') };
  const argv = buildServerSshArgv({ sshArgs: parsed.settings.sshArgs, user: t.user, address: t.address });
  if (!argv.ok) return { ok: false, reason: argv.problem === 'bad-user' ? l10n.t('the SSH user is not a plain user name') : l10n.t('no IP address') };
  // The console's prompts are dropped: readHealthOver asks nothing.
  const { prompts: _never, ...request } = consoleRequest({ host: argv.address, username: t.user, sshArgs: parsed.settings.sshArgs, log: t.log });
  return readHealthOver(request);
}
