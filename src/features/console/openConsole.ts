// Opens a server's serial console: ssh to its management address as the session's user, in a
// VS Code terminal that runs ssh directly (shellPath + shellArgs: no shell, nothing to quote or
// inject). A new terminal each time, so two consoles of one server can be open side by side,
// and a closed one never swallows the next attempt.
import * as vscode from 'vscode';
import type { VirtualMachine } from '../../api';
import type { ServerTarget } from '../../model/target';
import { findExecutable } from './findExecutable';
import { buildSshArgv, parseConsoleSettings } from './sshArgv';

export interface ConsoleDeps {
  readonly username: string | undefined;
  refreshServer(target: ServerTarget): Promise<VirtualMachine | undefined>;
  log: { info(message: string): void };
}

export async function openServerConsole(services: ConsoleDeps, target: ServerTarget): Promise<vscode.Terminal | undefined> {
  const config = vscode.workspace.getConfiguration('bigv.console');
  const parsed = parseConsoleSettings(config.get<unknown>('sshPath'), config.get<unknown>('sshArgs'));
  if (!parsed.ok) {
    const message =
      parsed.problem === 'path-not-string'
        ? vscode.l10n.t('The setting bigv.console.sshPath must be text, such as "ssh" or "/usr/bin/ssh".')
        : parsed.problem === 'args-open-quote'
          ? vscode.l10n.t('The setting bigv.console.sshArgs has a quote that is not closed.')
          : parsed.problem === 'args-item-not-string'
            ? vscode.l10n.t('The setting bigv.console.sshArgs must be a list of strings; item {0} is not.', parsed.item ?? 0)
            : vscode.l10n.t('The setting bigv.console.sshArgs must be a list of strings, such as ["-i", "~/.ssh/bytemark"].');
    return offerSettings(message, parsed.problem === 'path-not-string' ? 'bigv.console.sshPath' : 'bigv.console.sshArgs');
  }
  const { sshPath, sshArgs } = parsed.settings;

  let vm = target.vm;
  if (!vm.management_address) {
    // The tree's copy may predate the address (or come from a view without it): ask once more.
    vm = (await services.refreshServer(target)) ?? vm;
  }
  const argv = buildSshArgv({ sshArgs, username: services.username, managementAddress: vm.management_address });
  if (!argv.ok) {
    switch (argv.problem) {
      case 'no-address':
        void vscode.window.showErrorMessage(
          vscode.l10n.t('{0} has no management address, so its console cannot be reached. Refresh the list and try again; if it persists, contact Bytemark support.', target.fullName),
        );
        return undefined;
      case 'bad-address':
        void vscode.window.showErrorMessage(
          vscode.l10n.t('The API gave {0} a management address that is not an IP address, so the console was not opened. Contact Bytemark support.', target.fullName),
        );
        return undefined;
      case 'no-username':
      case 'bad-username':
        void vscode.window.showErrorMessage(vscode.l10n.t('Sign in to BigV to open a server console: the console logs in with your Bytemark username.'));
        return undefined;
    }
  }

  const program = await findExecutable(sshPath);
  if (program === undefined) {
    return offerSettings(
      vscode.l10n.t('ssh was not found (looked for "{0}"). Install OpenSSH, or set bigv.console.sshPath to the full path of ssh.', sshPath),
      'bigv.console.sshPath',
    );
  }

  services.log.info(`Console ${target.fullName}: ${[program, ...argv.argv].join(' ')}`);
  const terminal = vscode.window.createTerminal({
    name: vscode.l10n.t('Console: {0}', target.fullName),
    shellPath: program,
    shellArgs: argv.argv,
    iconPath: new vscode.ThemeIcon('terminal'),
    message: vscode.l10n.t(
      'Serial console of {0} via ssh {1}. It accepts the SSH keys stored on your Bytemark user "{2}" (not the server\'s own keys). Press Enter if the screen stays blank; type Enter ~ . to disconnect.',
      target.fullName,
      argv.destination,
      services.username ?? '',
    ),
  });
  terminal.show();
  return terminal;
}

async function offerSettings(message: string, setting: string): Promise<undefined> {
  const open = vscode.l10n.t('Open Settings');
  if ((await vscode.window.showErrorMessage(message, open)) === open) {
    await vscode.commands.executeCommand('workbench.action.openSettings', setting);
  }
  return undefined;
}
