// The keys for root's authorized_keys that Create Server and Reimage send (`ssh_public_key`):
// the user's Bytemark keys, ~/.ssh/*.pub, several of them at once, the keys in a file (an
// authorized_keys file, a .pub), a pasted key, or none. Several keys are joined with CR LF, as the
// official CLI joins them (bigv-api.md §D.2, `--authorized-keys`; §B.4: newline-separated).
import * as l10n from '@vscode/l10n';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { findPublicKeyFiles, parsePublicKey, type PublicKey } from '../model/sshKeys';
import { BACK, type Back, type PickItem, type UiPort } from '../interaction/port';
import { askFileText } from './filePrompt';
import { keyProblemText, pasteKeyInput } from './keyProblems';
import type { PromptFrame } from './serverPrompts';
import { stepInput, stepPick } from './wizard';

/** What the official CLI puts between keys. */
export const KEY_SEPARATOR = '\r\n';

export const joinKeys = (lines: readonly string[]): string => lines.map((l) => l.trim()).filter((l) => l !== '').join(KEY_SEPARATOR);

/** The key lines in an `ssh_public_key` value. */
export const keyLines = (value: string): string[] => value.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');

export interface SshKeyChoice {
  /** Lines for /root/.ssh/authorized_keys, joined by KEY_SEPARATOR, or '' for none. */
  value: string;
}

export interface KeyItem extends PickItem {
  lines?: string;
  /** Stands for several of the others (all the Bytemark keys): not offered again among "several". */
  all?: boolean;
  how?: 'paste' | 'several' | 'file';
}

/** A file holds at most this much: an authorized_keys file of a few hundred keys. */
const MAX_KEY_FILE_BYTES = 256 * 1024;

/** Keys to offer: `first` (the user's Bytemark keys, say), then ~/.ssh/*.pub, Several, a file, Paste, and No key (last). */
export async function askSshKey(ui: UiPort, frame: PromptFrame, first: readonly KeyItem[] = []): Promise<SshKeyChoice | Back | undefined> {
  const dir = path.join(homedir(), '.ssh');
  const files = await findPublicKeyFiles(dir);
  const items: KeyItem[] = [...first];
  items.push(...files.map((f) => ({
    label: `$(key) ${path.basename(f.path)}`,
    description: `${f.keys[0].type} ${f.keys[0].fingerprint}`,
    detail: f.keys.length > 1 ? l10n.t('{0} keys', f.keys.length) : f.keys[0].comment || undefined,
    lines: joinKeys(f.keys.map((k) => k.line)),
  })));
  const singles = items.filter((i) => !i.all);
  if (singles.length > 1) items.push({ label: l10n.t('$(checklist) Several of these…'), detail: l10n.t('Tick the keys to authorize'), how: 'several' });
  items.push({ label: l10n.t('$(file) From a file…'), detail: l10n.t('Every key in a file: a .pub file or an authorized_keys file'), how: 'file' });
  items.push({ label: l10n.t('$(clippy) Paste a key…'), detail: l10n.t('An OpenSSH public key line (ssh-ed25519 AAAA… comment)'), how: 'paste' });
  items.push({ label: l10n.t('$(circle-slash) No key'), detail: l10n.t('Log in as root with the password only'), lines: '' });
  for (;;) {
    const picked = await stepPick(ui, items, {
      ...frame,
      placeHolder: files.length + first.length > 0 ? l10n.t('Select the public keys to authorize for root') : l10n.t('No public keys found in {0}', dir),
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (picked === undefined || picked === BACK) return picked;
    if (!picked.how) return { value: picked.lines ?? '' };
    const answer = picked.how === 'several' ? await several(ui, frame, singles) : picked.how === 'file' ? await keyFile(ui, frame) : await pasted(ui, frame);
    if (answer !== BACK) return answer;
  }
}

/** Ticked keys; Escape there goes back to the list (a multi-select has no Back button). */
async function several(ui: UiPort, frame: PromptFrame, singles: readonly KeyItem[]): Promise<SshKeyChoice | Back> {
  const ticked = await ui.pickMany(singles, { title: frame.title, placeHolder: l10n.t('Tick the keys to authorize for root, then OK'), matchOnDescription: true, matchOnDetail: true });
  if (!ticked || ticked.length === 0) return BACK;
  return { value: joinKeys(ticked.flatMap((k) => keyLines(k.lines ?? ''))) };
}

async function keyFile(ui: UiPort, frame: PromptFrame): Promise<SshKeyChoice | Back | undefined> {
  const got = await askFileText(ui, frame, {
    prompt: l10n.t('Path of a file of public keys (.pub or authorized_keys)'),
    value: path.join(homedir(), '.ssh', ''),
    maxBytes: MAX_KEY_FILE_BYTES,
    check: (text) => {
      const r = keysInFile(text);
      return 'keys' in r ? { ok: joinKeys(r.keys.map((k) => k.line)) } : { problem: r.problem };
    },
  });
  if (got === BACK || got === undefined) return got;
  return { value: got.text };
}

/** Every key line of a file (blank lines and # comments skipped); the first bad line refuses the file, in words. */
export function keysInFile(text: string): { keys: PublicKey[] } | { problem: string } {
  const keys: PublicKey[] = [];
  const lines = text.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const r = parsePublicKey(line);
    if (!r.ok) return { problem: l10n.t('Line {0}: {1}', i + 1, keyProblemText(r.problem)) };
    keys.push(r.key);
  }
  return keys.length > 0 ? { keys } : { problem: l10n.t('There is no public key in this file.') };
}

async function pasted(ui: UiPort, frame: PromptFrame): Promise<SshKeyChoice | Back | undefined> {
  const text = await stepInput(ui, { ...frame, ...pasteKeyInput() });
  if (text === BACK || text === undefined) return text;
  const r = parsePublicKey(text);
  return r.ok ? { value: r.key.line } : undefined;
}
