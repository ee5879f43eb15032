// The built-in client's questions and failures, in VS Code's words: a modal for a new host key
// (with its SHA256 fingerprint), a modal warning for a refused one (another key on file, or
// revoked), a password box for a key's passphrase (never logged or kept).
import * as vscode from 'vscode';
import type { HostKeyProblem, HostKeyQuestion, SshConnectError, SshPrompts } from './types';

/**
 * A refused host key in words: what was offered, what is on file, and how to put it right. There
 * is no "trust it anyway" (as with OpenSSH): a server that cannot show the key on file is what an
 * attack looks like, and a real change of key is rare and announced, so the fix is deliberate.
 */
export function hostKeyProblemText(p: HostKeyProblem, destination: string): { message: string; detail: string } {
  const where = p.known.map((k) => vscode.l10n.t('{0} ({1}, line {2})', k.keyType, k.file, k.line)).join('\n');
  if (p.kind === 'revoked') {
    return {
      message: vscode.l10n.t('The host key of {0} is marked as revoked in your known_hosts file, so the connection was refused.', destination),
      detail: vscode.l10n.t('It offered {0} {1}, revoked at:\n{2}\n\nContact Bytemark support.', p.keyType, p.fingerprint, where),
    };
  }
  const file = p.known[0]?.file ?? '~/.ssh/known_hosts';
  return {
    message: vscode.l10n.t(
      'WARNING: {0} did not show the host key you already have on file for it, so the connection was refused. Someone could be intercepting it.',
      destination,
    ),
    detail: vscode.l10n.t(
      'It offered {0} {1}, but a different key is already known for it:\n{2}\n\nOnly if Bytemark has told you that the console\'s host key changed, remove the old key with\nssh-keygen -R "{3}" -f "{4}"\nand open the console again. Otherwise, contact Bytemark support.',
      p.keyType,
      p.fingerprint,
      where,
      p.name,
      file,
    ),
  };
}

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
  hostKeyRefused(p: HostKeyProblem): void {
    const { message, detail } = hostKeyProblemText(p, p.port === 22 ? p.host : `${p.host}:${p.port}`);
    const open = vscode.l10n.t('Open known_hosts');
    const first = p.known[0];
    void vscode.window.showWarningMessage(message, { modal: true, detail }, ...(first ? [open] : [])).then(async (choice) => {
      if (choice !== open || !first) return;
      const line = Math.max(0, first.line - 1);
      await vscode.window.showTextDocument(vscode.Uri.file(first.file), { selection: new vscode.Range(line, 0, line, 0) });
    });
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
    case 'host-key-revoked': {
      if (e.problem) {
        const { message, detail } = hostKeyProblemText(e.problem, destination);
        return `${message}\n\n${detail}`;
      }
      return e.kind === 'host-key-revoked'
        ? vscode.l10n.t('The host key of {0} is marked as revoked in your known_hosts file, so the connection was refused.', destination)
        : vscode.l10n.t(
          'The host key of {0} is not the one in your known_hosts file (it now offers {1}), so the connection was refused. Unless Bytemark has told you the key changed, contact support; otherwise remove the old line from known_hosts.',
          destination,
          e.fingerprint ?? '',
        );
    }
    case 'host-key-rejected':
      return vscode.l10n.t('The host key of {0} was not trusted, so the console was not opened.', destination);
    default:
      return vscode.l10n.t('Could not reach the console at {0}: {1}', destination, e.message ?? String(err));
  }
}
