// What both consoles need before connecting, checked with a clear message for each problem:
// readable settings, a management address that is a plain IP, and a signed-in username.
import * as vscode from 'vscode';
import type { VirtualMachine } from '../../api';
import type { ServerTarget } from '../../model/target';
import { buildSshArgv, parseConsoleSettings, type ConsoleSettings } from './sshArgv';

export interface ConsoleDeps {
  readonly username: string | undefined;
  /** Where the extension is installed: dist/consoles.js and the webview files live there. */
  readonly extensionPath: string;
  refreshServer(target: ServerTarget): Promise<VirtualMachine | undefined>;
  log: { info(message: string): void };
  /**
   * The profile the server is seen through: its id ('' for the default) tells apart servers with
   * the same ids on two clusters; its label, given when there are several profiles, names it.
   */
  readonly profile?: { readonly id: string; readonly label?: string | undefined };
}

export interface PreparedConsole {
  settings: ConsoleSettings;
  /** The ssh argv for the system client. */
  argv: string[];
  /** `user@address`, as shown to the user. */
  destination: string;
  address: string;
  username: string;
}

export async function prepareConsole(services: ConsoleDeps, target: ServerTarget): Promise<PreparedConsole | undefined> {
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

  let vm = target.vm;
  if (!vm.management_address) {
    // The tree's copy may predate the address (or come from a view without it): ask once more.
    vm = (await services.refreshServer(target)) ?? vm;
  }
  const argv = buildSshArgv({ sshArgs: parsed.settings.sshArgs, username: services.username, managementAddress: vm.management_address });
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
  const [username, address] = splitDestination(argv.destination);
  return { settings: parsed.settings, argv: argv.argv, destination: argv.destination, address, username };
}

function splitDestination(destination: string): [string, string] {
  const at = destination.indexOf('@');
  return [destination.slice(0, at), destination.slice(at + 1)];
}

export async function offerSettings(message: string, setting: string): Promise<undefined> {
  const open = vscode.l10n.t('Open Settings');
  if ((await vscode.window.showErrorMessage(message, open)) === open) {
    await vscode.commands.executeCommand('workbench.action.openSettings', setting);
  }
  return undefined;
}
