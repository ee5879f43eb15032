// Finds the ssh program before the terminal is opened: a terminal whose shellPath does not exist
// just shows a cryptic "terminal process failed to launch" error.
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import * as path from 'node:path';

export interface SearchEnv {
  PATH?: string;
  PATHEXT?: string;
  platform?: NodeJS.Platform;
  /** For a leading `~/` in the program, which no shell expands for us. */
  home?: string;
}

/**
 * The absolute path of `program`: itself if it contains a directory separator, otherwise the
 * first match on PATH (with PATHEXT extensions on Windows). Undefined if not found.
 */
export async function findExecutable(
  program: string,
  env: SearchEnv = { PATH: process.env.PATH, PATHEXT: process.env.PATHEXT, platform: process.platform, home: homedir() },
): Promise<string | undefined> {
  if (/^~[/\\]/.test(program) && env.home !== undefined) program = env.home + program.slice(1);
  const platform = env.platform ?? process.platform;
  const windows = platform === 'win32';
  // Windows runs `ssh` as ssh.exe (etc.), never as an extensionless file named ssh.
  const pathExt = (env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter((e) => e !== '');
  const hasExt = pathExt.some((e) => program.toLowerCase().endsWith(e.toLowerCase()));
  const extensions = windows && !hasExt ? pathExt : [''];
  const candidates: string[] = [];
  if (program.includes('/') || (windows && program.includes('\\'))) {
    for (const ext of extensions) candidates.push(path.resolve(program + ext));
  } else {
    for (const dir of (env.PATH ?? '').split(windows ? ';' : ':')) {
      if (dir === '') continue;
      for (const ext of extensions) candidates.push(path.join(dir, program + ext));
    }
  }
  for (const c of candidates) {
    if (await isExecutableFile(c, windows)) return c;
  }
  return undefined;
}

async function isExecutableFile(file: string, windows: boolean): Promise<boolean> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return false;
    await access(file, windows ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
