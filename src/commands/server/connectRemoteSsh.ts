// Opens a new VS Code window on the server through Microsoft's Remote-SSH extension. The host
// is the server's DNS name, so the user's ~/.ssh/config (User, IdentityFile) applies to it.
import * as vscode from 'vscode';
import { serverAddresses } from '../../model/addresses';
import type { CommandHandler } from '../context';
import { requireState, whereServer } from '../prompts';

export const REMOTE_SSH_EXTENSION = 'ms-vscode-remote.remote-ssh';

export const connectRemoteSsh: CommandHandler = async (services, arg) => {
  if (vscode.extensions.getExtension(REMOTE_SSH_EXTENSION) === undefined) {
    const install = vscode.l10n.t('Show Remote-SSH');
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('Connecting a VS Code window to a server needs the Remote - SSH extension from Microsoft. Install it, then try again.'),
      install,
    );
    if (choice === install) await vscode.commands.executeCommand('extension.open', REMOTE_SSH_EXTENSION);
    return undefined;
  }
  const target = await services.resolveServer(arg, {
    filter: whereServer('running'),
    placeHolder: vscode.l10n.t('Select a running server to connect to'),
  });
  if (!target || !requireState(target, 'running')) return undefined;
  const host = target.vm.hostname || serverAddresses(target.vm)[0]?.ip;
  if (!host) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} has neither a hostname nor an IP address to connect to. Refresh the list and try again.', target.fullName));
    return undefined;
  }
  services.log.info(`Remote-SSH: opening a window on ${host}`);
  return vscode.commands.executeCommand('opensshremotes.openEmptyWindow', { host });
};
