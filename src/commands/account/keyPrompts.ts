// Choosing an SSH public key to put on the Bytemark user: one from ~/.ssh/*.pub, a .pub file
// by path, or pasted. Each is checked (a private key, a damaged line) before it is sent.
import { keyProblemText, pasteKeyInput } from '../keyProblems';
import * as l10n from '@vscode/l10n';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { findPublicKeyFiles, parsePublicKey, type PublicKey } from '../../model/sshKeys';
import type { PickItem, UiPort } from '../../interaction/port';

interface KeyItem extends PickItem {
  key?: PublicKey;
  how?: 'file' | 'paste';
}


/** The key to add, or undefined when cancelled. `have` are the lines already on the user (not offered again). */
export async function chooseKey(ui: UiPort, title: string, have: readonly string[]): Promise<PublicKey | undefined> {
  const haveData = new Set(have.map((l) => l.split(/\s+/)[1]));
  const files = await findPublicKeyFiles(path.join(homedir(), '.ssh'));
  const items: KeyItem[] = files.flatMap((f) =>
    f.keys.filter((k) => !haveData.has(k.line.split(' ')[1])).map((key) => ({ label: `$(key) ${path.basename(f.path)}`, description: `${key.type} ${key.fingerprint}`, detail: key.comment || undefined, key })),
  );
  items.push({ label: l10n.t('$(file) From a .pub file…'), detail: l10n.t('Type the path of a public key file'), how: 'file' });
  items.push({ label: l10n.t('$(clippy) Paste a key…'), detail: l10n.t('An OpenSSH public key line (ssh-ed25519 AAAA… comment)'), how: 'paste' });
  const picked = await ui.pick(items, { title, placeHolder: l10n.t('Select the public key to add'), matchOnDescription: true, matchOnDetail: true });
  if (!picked) return undefined;
  if (picked.key) return picked.key;
  if (picked.how === 'file') {
    const file = await ui.input({ title, prompt: l10n.t('Path of the public key file (.pub)'), value: path.join(homedir(), '.ssh', ''), validate: (v) => (v.trim() === '' || v.trim().endsWith('.pub') ? undefined : l10n.t('A public key file ends in .pub; the file without it is the private key.')) });
    if (!file?.trim()) return undefined;
    let text: string;
    try {
      text = await readFile(file.trim(), 'utf8');
    } catch (err) {
      void ui.notify('error', l10n.t('Could not read {0}: {1}', file.trim(), err instanceof Error ? err.message : String(err)));
      return undefined;
    }
    const first = text.split(/\r?\n/).find((l) => l.trim() !== '' && !l.startsWith('#')) ?? '';
    const r = parsePublicKey(first);
    if (!r.ok) void ui.notify('error', l10n.t('{0} is not a public key: {1}', file.trim(), keyProblemText(r.problem)));
    return r.ok ? r.key : undefined;
  }
  const pasted = await ui.input({
    title,
    ...pasteKeyInput(),
  });
  if (!pasted) return undefined;
  const r = parsePublicKey(pasted);
  return r.ok ? r.key : undefined;
}
