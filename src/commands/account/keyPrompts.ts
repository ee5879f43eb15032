// Choosing an SSH public key to put on the Bytemark user: one from ~/.ssh/*.pub, a .pub file
// by path, or pasted. Each is checked (a private key, a damaged line) before it is sent.
import { keyProblemText, pasteKeyInput } from '../keyProblems';
import * as l10n from '@vscode/l10n';
import { readFile } from 'node:fs/promises';
import { errorReason } from '../../model/failureText';
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
    // A path that cannot be read asks again, saying why beside it, with what was typed kept.
    let unreadable: { path: string; why: string } | undefined;
    let value = path.join(homedir(), '.ssh', '');
    for (;;) {
      const file = (await ui.input({ title, prompt: l10n.t('Path of the public key file (.pub)'), value, validate: (v) => pubPathProblem(v, unreadable) }))?.trim();
      if (!file) return undefined;
      value = file;
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (err) {
        unreadable = { path: file, why: readProblem(err, file) };
        continue;
      }
      const first = text.split(/\r?\n/).find((l) => l.trim() !== '' && !l.startsWith('#')) ?? '';
      const r = parsePublicKey(first);
      if (!r.ok) void ui.notify('error', l10n.t('{0} is not a public key: {1}', file, keyProblemText(r.problem)));
      return r.ok ? r.key : undefined;
    }
  }
  const pasted = await ui.input({
    title,
    ...pasteKeyInput(),
  });
  if (!pasted) return undefined;
  const r = parsePublicKey(pasted);
  return r.ok ? r.key : undefined;
}

function pubPathProblem(v: string, unreadable: { path: string; why: string } | undefined): string | undefined {
  const p = v.trim();
  if (p !== '' && unreadable?.path === p) return unreadable.why;
  return p === '' || p.endsWith('.pub') ? undefined : l10n.t('A public key file ends in .pub; the file without it is the private key.');
}

/** Why a key file could not be read, in words (never a raw ENOENT). */
function readProblem(err: unknown, file: string): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return l10n.t('There is no file {0}. Check the path: ~/.ssh/id_ed25519.pub is the usual one.', file);
  if (code === 'EACCES' || code === 'EPERM') return l10n.t('You may not read {0}.', file);
  if (code === 'EISDIR') return l10n.t('{0} is a folder: add the file name.', file);
  return l10n.t('Could not read {0}: {1}', file, errorReason(err));
}
