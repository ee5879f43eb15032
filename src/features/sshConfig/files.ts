// Where the managed SSH config lives, and how files are written there: whole or not at all (a
// temporary file beside it, then a rename), mode 600 in a directory of mode 700, as ssh insists
// for an included file. A symlinked ~/.ssh/config (a dotfiles checkout) is written through the
// link, never replaced by a file. No vscode import; node:fs is loaded on first use.
import * as path from 'node:path';

export interface SshPaths {
  /** ~/.ssh/bigv/config, the extension's own file. */
  file: string;
  /** ~/.ssh/config, the user's, where the Include goes (only after asking). */
  userConfig: string;
}

export function sshPaths(home: string): SshPaths {
  return { file: path.join(home, '.ssh', 'bigv', 'config'), userConfig: path.join(home, '.ssh', 'config') };
}

const fs = (): typeof import('node:fs/promises') => require('node:fs/promises') as typeof import('node:fs/promises');

/** The file's text, or undefined if there is none. */
export async function readText(file: string): Promise<string | undefined> {
  try {
    return await fs().readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** Replaces the file's content in one step; keeps the mode an existing file has (600 for a new one). */
export async function writeAtomically(file: string, text: string, o: { keepMode?: boolean } = {}): Promise<void> {
  const f = fs();
  const target = await f.realpath(file).catch(() => file);
  await f.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
  const mode = o.keepMode ? ((await f.stat(target).catch(() => undefined))?.mode ?? 0o600) & 0o777 : 0o600;
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await f.writeFile(temp, text, { mode, flag: 'wx' });
    await f.chmod(temp, mode);
    await f.rename(temp, target);
  } catch (err) {
    await f.rm(temp, { force: true }).catch(() => undefined);
    throw err;
  }
}

/** Removes the managed file, and its directory if nothing else is left in it. */
export async function removeManaged(file: string): Promise<boolean> {
  const f = fs();
  const existed = (await readText(file)) !== undefined;
  await f.rm(file, { force: true });
  await f.rmdir(path.dirname(file)).catch(() => undefined);
  return existed;
}
