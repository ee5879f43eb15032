// The built-in client's questions and failures, in VS Code's words: a modal for a new host key
// (with its SHA256 fingerprint), a password box for a key's passphrase (never logged or kept).
import * as vscode from 'vscode';
import type { HostKeyQuestion, SshConnectError, SshPrompts } from './connect';

export const vscodePrompts: SshPrompts = {
  async confirmHostKey(q: HostKeyQuestion): Promise<boolean> {
    const accept = vscode.l10n.t('Trust and Connect');
    const hostName = q.port === 22 ? q.host : `${q.host}:${q.port}`;
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('The console host {0} is not known yet. Trust its host key?', hostName),
      {
        modal: true,
        detail: vscode.l10n.t(
          'Key type {0}\nFingerprint {1}\n\nTrust it only if you expect to connect to this host for the first time; if in doubt, ask Bytemark support for the fingerprint. A trusted key is added to your known_hosts file, so the system ssh accepts it too.',
          q.keyType,
          q.fingerprint,
        ),
      },
      accept,
    );
    return answer === accept;
  },
  async passphrase(file: string, again: boolean): Promise<string | undefined> {
    return vscode.window.showInputBox({
      title: vscode.l10n.t('SSH key passphrase'),
      prompt: again
        ? vscode.l10n.t('That passphrase did not unlock {0}. Try again, or press Escape to skip this key.', file)
        : vscode.l10n.t('Passphrase for {0} (press Escape to skip this key)', file),
      password: true,
      ignoreFocusOut: true,
    });
  },
};

/** What went wrong, for the terminal or the console tab. */
export function describeFailure(err: unknown, destination: string, username: string): string {
  const e = err as Partial<SshConnectError> & { message?: string };
  switch (e.kind) {
    case 'refused':
      return vscode.l10n.t(
        'The console at {0} did not accept any of your SSH keys. It accepts the keys stored on your Bytemark user "{1}": add your public key there, load it into your SSH agent, or name its file in bigv.console.sshArgs with -i.',
        destination,
        username,
      );
    case 'host-key-changed':
      return vscode.l10n.t(
        'The host key of {0} is not the one in your known_hosts file (it now offers {1}), so the connection was refused. Unless Bytemark has told you the key changed, contact support; otherwise remove the old line from known_hosts.',
        destination,
        e.fingerprint ?? '',
      );
    case 'host-key-revoked':
      return vscode.l10n.t('The host key of {0} is marked as revoked in your known_hosts file, so the connection was refused.', destination);
    case 'host-key-rejected':
      return vscode.l10n.t('The host key of {0} was not trusted, so the console was not opened.', destination);
    default:
      return vscode.l10n.t('Could not reach the console at {0}: {1}', destination, e.message ?? String(err));
  }
}
