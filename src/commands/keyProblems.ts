// What is wrong with a pasted or chosen public key, in words: one set for every prompt that takes one.
import * as l10n from '@vscode/l10n';
import { parsePublicKey, type KeyProblem } from '../model/sshKeys';

export function keyProblemText(problem: KeyProblem): string {
  switch (problem) {
    case 'empty':
      return l10n.t('Paste a public key (the contents of a .pub file).');
    case 'private-key':
      return l10n.t('This is a PRIVATE key. Never share it: use the public key from the matching .pub file instead.');
    case 'unknown-type':
      return l10n.t('A public key starts with ssh-ed25519, ssh-rsa or ecdsa-sha2-nistp256/384/521.');
    case 'bad-encoding':
      return l10n.t('The key data is damaged or incomplete. Copy the whole line from the .pub file again.');
    case 'bad-comment':
      return l10n.t('The comment after the key may hold only printable characters: no control characters, line separators or text-direction marks.');
    case 'several-lines':
      return l10n.t('One key (one line) at a time.');
  }
}

/** The input box a public key is pasted into: its words, and its check as the user types. */
export function pasteKeyInput(): { prompt: string; placeHolder: string; validate: (value: string) => string | undefined } {
  return {
    prompt: l10n.t('Paste the public key (the contents of a .pub file)'),
    placeHolder: 'ssh-ed25519 AAAA… you@example',
    validate: (v) => {
      if (v.trim() === '') return undefined;
      const r = parsePublicKey(v);
      return r.ok ? undefined : keyProblemText(r.problem);
    },
  };
}
