// Opens a server's serial console: ssh to its management address as the session's user, in a
// new VS Code terminal each time (two consoles of one server can sit side by side). The system
// ssh runs directly (shellPath + shellArgs: no shell, nothing to quote or inject); without one,
// or when bigv.console.client says so, the built-in client runs behind a Pseudoterminal.
import * as vscode from 'vscode';
import { cleanText } from '../../api/safeText';
import type { ServerTarget } from '../../model/target';
import { builtinConsolePty } from './builtin/pty';
import { findExecutable } from './findExecutable';
import { offerSettings, prepareConsole, type ConsoleDeps } from './prepare';

export type { ConsoleDeps } from './prepare';

export type ClientChoice = 'auto' | 'system' | 'builtin';

export function clientChoice(value: unknown): ClientChoice {
  return value === 'system' || value === 'builtin' ? value : 'auto';
}

export async function openServerConsole(services: ConsoleDeps, target: ServerTarget): Promise<vscode.Terminal | undefined> {
  const prepared = await prepareConsole(services, target);
  if (!prepared) return undefined;
  const choice = clientChoice(vscode.workspace.getConfiguration('bigv.console').get<unknown>('client'));
  const { sshPath } = prepared.settings;
  const name = vscode.l10n.t('Console: {0}', cleanText(target.fullName));

  const program = choice === 'builtin' ? undefined : await findExecutable(sshPath);
  if (program === undefined && choice === 'system') {
    return offerSettings(
      vscode.l10n.t('ssh was not found (looked for "{0}"). Install OpenSSH, set bigv.console.sshPath to the full path of ssh, or set bigv.console.client to "builtin".', sshPath),
      'bigv.console.sshPath',
    );
  }
  if (program === undefined) {
    services.log.info(`Console ${target.fullName}: built-in SSH client to ${prepared.destination}${choice === 'auto' ? ` ("${sshPath}" not found)` : ''}`);
    const pty = builtinConsolePty({ host: prepared.address, username: prepared.username, sshArgs: prepared.settings.sshArgs, log: (line) => services.log.info(line) });
    const terminal = vscode.window.createTerminal({ name, pty, iconPath: new vscode.ThemeIcon('terminal') });
    terminal.show();
    return terminal;
  }

  services.log.info(`Console ${target.fullName}: ${[program, ...prepared.argv].join(' ')}`);
  const terminal = vscode.window.createTerminal({
    name,
    shellPath: program,
    shellArgs: prepared.argv,
    iconPath: new vscode.ThemeIcon('terminal'),
    message: vscode.l10n.t(
      'Serial console of {0} via ssh {1}. It accepts the SSH keys stored on your Bytemark user "{2}" (not the server\'s own keys). Press Enter if the screen stays blank; type Enter ~ . to disconnect.',
      target.fullName,
      prepared.destination,
      services.username ?? '',
    ),
  });
  terminal.show();
  return terminal;
}
