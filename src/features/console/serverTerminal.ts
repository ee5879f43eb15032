// Open SSH Terminal: a terminal in this window logged in to the server itself, at its primary
// address as the configured user (bigv.ssh.user / bigv.ssh.users): the system ssh run directly,
// or without one (or when bigv.console.client says so) the built-in client, with the console's
// host key rules (a new key asked about with its fingerprint, another key refused).
import * as vscode from 'vscode';
import { cleanText } from '../../api/safeText';
import { primaryIp } from '../../model/format';
import type { ServerTarget } from '../../model/target';
import { builtinConsolePty } from './builtin/pty';
import { findExecutable } from './findExecutable';
import { clientChoice } from './openConsole';
import { offerSettings, type ConsoleDeps } from './prepare';
import { buildServerSshArgv, refusalReason } from './serverSshArgv';
import { parseConsoleSettings } from './sshArgv';
import { describeFailure } from './ssh/vscodePrompts';

export function refusedText(err: unknown, destination: string): string {
  switch (refusalReason(err)) {
    case 'no-key':
      return vscode.l10n.t('{0} did not accept any of your SSH keys. Add your public key to that user\'s ~/.ssh/authorized_keys on the server, load the key into your SSH agent, or name its file in bigv.ssh.args with -i.', destination);
    case 'port-closed':
      return vscode.l10n.t('Nothing answers SSH at {0}: the connection was refused (port closed). Is the SSH server running, and does the server\'s firewall let you in?', destination);
    case 'unreachable':
      return vscode.l10n.t('{0} could not be reached (host unreachable or not answering): check that the server is running and that its network lets you in.', destination);
    default:
      return describeFailure(err, destination, '');
  }
}

export async function openServerSshTerminal(deps: ConsoleDeps, target: ServerTarget, user: string): Promise<vscode.Terminal | undefined> {
  const consoleCfg = vscode.workspace.getConfiguration('bigv.console');
  const parsed = parseConsoleSettings(consoleCfg.get<unknown>('sshPath'), vscode.workspace.getConfiguration('bigv.ssh').get<unknown>('args'));
  if (!parsed.ok) return offerSettings(vscode.l10n.t('The settings bigv.console.sshPath and bigv.ssh.args must be text and a list of strings.'), parsed.problem === 'path-not-string' ? 'bigv.console.sshPath' : 'bigv.ssh.args');
  let vm = target.vm;
  if (!primaryIp(vm)) vm = (await deps.refreshServer(target)) ?? vm;
  const argv = buildServerSshArgv({ sshArgs: parsed.settings.sshArgs, user, address: primaryIp(vm) });
  if (!argv.ok) {
    const message =
      argv.problem === 'bad-user'
        ? vscode.l10n.t('The SSH user for {0} is not a plain user name: check bigv.ssh.user and bigv.ssh.users.', target.fullName)
        : vscode.l10n.t('{0} has no IP address to connect to. Refresh the list and try again.', target.fullName);
    return offerSettings(message, 'bigv.ssh.user');
  }
  const name = vscode.l10n.t('SSH: {0}', cleanText(target.fullName));
  const choice = clientChoice(consoleCfg.get<unknown>('client'));
  const program = choice === 'builtin' ? undefined : await findExecutable(parsed.settings.sshPath);
  if (program === undefined && choice === 'system') {
    return offerSettings(vscode.l10n.t('ssh was not found (looked for "{0}"). Install OpenSSH, set bigv.console.sshPath to the full path of ssh, or set bigv.console.client to "builtin".', parsed.settings.sshPath), 'bigv.console.sshPath');
  }
  if (program === undefined) {
    deps.log.info(`SSH ${target.fullName}: built-in SSH client to ${argv.destination}`);
    const pty = builtinConsolePty({ host: argv.address, username: user, sshArgs: parsed.settings.sshArgs, log: (l) => deps.log.info(l) }, (err) => refusedText(err, argv.destination));
    const terminal = vscode.window.createTerminal({ name, pty, iconPath: new vscode.ThemeIcon('terminal-linux') });
    terminal.show();
    return terminal;
  }
  deps.log.info(`SSH ${target.fullName}: ${[program, ...argv.argv].join(' ')}`);
  const terminal = vscode.window.createTerminal({ name, shellPath: program, shellArgs: argv.argv, iconPath: new vscode.ThemeIcon('terminal-linux') });
  terminal.show();
  return terminal;
}
