// Microsoft's Remote - SSH extension, when installed, opens a VS Code window on a server.
import * as vscode from 'vscode';

export const REMOTE_SSH_EXTENSION = 'ms-vscode-remote.remote-ssh';

export interface RemoteSsh {
  installed(): boolean;
  showInstall(): Promise<void>;
  open(host: string): Promise<unknown>;
}

export const remoteSsh: RemoteSsh = {
  installed: () => vscode.extensions.getExtension(REMOTE_SSH_EXTENSION) !== undefined,
  showInstall: async () => {
    await vscode.commands.executeCommand('extension.open', REMOTE_SSH_EXTENSION);
  },
  open: (host) => Promise.resolve(vscode.commands.executeCommand('opensshremotes.openEmptyWindow', { host })),
};
