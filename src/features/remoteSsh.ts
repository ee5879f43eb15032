// Microsoft's Remote - SSH extension, when installed, opens a VS Code window on a server.
import * as vscode from 'vscode';
import type { Features } from '../commands/context';

export const REMOTE_SSH_EXTENSION = 'ms-vscode-remote.remote-ssh';

export const remoteSsh: Features['remoteSsh'] = {
  installed: () => vscode.extensions.getExtension(REMOTE_SSH_EXTENSION) !== undefined,
  showInstall: async () => {
    await vscode.commands.executeCommand('extension.open', REMOTE_SSH_EXTENSION);
  },
  open: (host) => Promise.resolve(vscode.commands.executeCommand('opensshremotes.openEmptyWindow', { host })),
};
