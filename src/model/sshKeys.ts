// SSH public keys for a reimage's /root/.ssh/authorized_keys. Checked locally so a pasted private
// key, a truncated line or a stray word is caught before it becomes the only way into a server.
// node:crypto and node:fs/promises are loaded on first use, not with the module: the account view
// loads this at activation, and activation reads no key.
import * as path from 'node:path';
import { isPublicKeyBlob } from './sshKeyBlob';

let crypto: typeof import('node:crypto') | undefined;

export const PUBLIC_KEY_TYPES = [
  'ssh-ed25519',
  'ssh-rsa',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'sk-ssh-ed25519@openssh.com',
  'sk-ecdsa-sha2-nistp256@openssh.com',
] as const;

export interface PublicKey {
  type: string;
  comment: string;
  /** The key as one authorized_keys line: `type base64 [comment]`. */
  line: string;
  /** `SHA256:…`, as `ssh-keygen -l` prints it, so the user can tell keys apart. */
  fingerprint: string;
}

export type KeyProblem = 'empty' | 'private-key' | 'unknown-type' | 'bad-encoding' | 'bad-comment' | 'several-lines';

export type KeyResult = { ok: true; key: PublicKey } | { ok: false; problem: KeyProblem };

/**
 * What a comment may not hold: controls (C0, DEL, C1), line and paragraph separators, and
 * invisible format characters (text-direction overrides and marks, zero-width space, BOM) that
 * would make the stored line read differently from what it is. The emoji joiners stay allowed.
 */
const UNPRINTABLE = /[\p{Cc}\p{Zl}\p{Zp}\p{Cs}]|(?![\u200c\u200d])\p{Cf}/u;

/** Only ASCII blanks separate the fields (as in authorized_keys); anything else is part of a field. */
const BLANKS = /[ \t]+/;

/** Parses one public key line, as pasted or read from a `.pub` file. */
export function parsePublicKey(text: string): KeyResult {
  const trimmed = text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
  if (trimmed === '') return { ok: false, problem: 'empty' };
  if (trimmed.includes('PRIVATE KEY')) return { ok: false, problem: 'private-key' };
  if (/[\r\n]/.test(trimmed)) return { ok: false, problem: 'several-lines' };
  const [type = '', data, ...rest] = trimmed.split(BLANKS);
  if (!(PUBLIC_KEY_TYPES as readonly string[]).includes(type)) return { ok: false, problem: 'unknown-type' };
  if (data === undefined || !/^[A-Za-z0-9+/]+={0,2}$/.test(data)) return { ok: false, problem: 'bad-encoding' };
  const blob = Buffer.from(data, 'base64');
  // A damaged, cut or hand-edited line, or one whose blob is another type's key.
  if (!isPublicKeyBlob(type, blob)) return { ok: false, problem: 'bad-encoding' };
  const comment = rest.join(' ');
  if (UNPRINTABLE.test(comment)) return { ok: false, problem: 'bad-comment' };
  crypto ??= require('node:crypto') as typeof import('node:crypto');
  const fingerprint = 'SHA256:' + crypto.createHash('sha256').update(blob).digest('base64').replace(/=+$/, '');
  return { ok: true, key: { type, comment, line: comment ? `${type} ${data} ${comment}` : `${type} ${data}`, fingerprint } };
}

export interface KeyFile {
  path: string;
  keys: PublicKey[];
}

// Public key files are a few hundred bytes; anything big is not one.
const MAX_KEY_FILE_BYTES = 64 * 1024;

/**
 * The `*.pub` files in `dir` (normally ~/.ssh) that hold at least one valid public key, sorted
 * by name with ed25519 keys first. A missing directory is simply no keys.
 */
export async function findPublicKeyFiles(dir: string): Promise<KeyFile[]> {
  const { readdir, readFile, stat } = require('node:fs/promises') as typeof import('node:fs/promises');
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const files: KeyFile[] = [];
  for (const name of names.filter((n) => n.endsWith('.pub')).sort()) {
    const file = path.join(dir, name);
    try {
      const info = await stat(file);
      if (!info.isFile() || info.size > MAX_KEY_FILE_BYTES) continue;
      const keys = (await readFile(file, 'utf8'))
        .split(/\r?\n/)
        .filter((l) => l.trim() !== '' && !l.trim().startsWith('#'))
        .map(parsePublicKey)
        .flatMap((r) => (r.ok ? [r.key] : []));
      if (keys.length > 0) files.push({ path: file, keys });
    } catch {
      // Unreadable files are not offered; they are not ours to complain about.
    }
  }
  const rank = (f: KeyFile) => (f.keys[0].type === 'ssh-ed25519' ? 0 : 1);
  return files.sort((a, b) => rank(a) - rank(b));
}
