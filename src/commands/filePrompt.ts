// A file the user names by its path (absolute, `~/…`, or relative to the open workspace folder),
// read as text and checked before it is used. A path that cannot be read, or a file that will not
// do, asks again with the path kept and the reason under the box (as Add SSH Key's .pub path does).
import * as l10n from '@vscode/l10n';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { errorReason } from '../model/failureText';
import { BACK, type Back, type UiPort } from '../interaction/port';
import type { PromptFrame } from './serverPrompts';
import { stepInput } from './wizard';

export interface FileText {
  /** As typed, for the summary. */
  path: string;
  text: string;
}

export interface FileAsk {
  prompt: string;
  /** The box's first value; the workspace folder (else the home folder) when not given. */
  value?: string;
  /** Larger files are refused without being read. */
  maxBytes: number;
  /** Turns the file's text into what is kept, or says in words why it will not do. */
  check(text: string): { ok: string } | { problem: string };
}

/** Where a typed path points: `~` is the home folder; a relative path is under `base`. */
export function resolvePath(typed: string, base: string): string {
  const p = typed.trim();
  if (p === '~' || p.startsWith('~/')) return path.join(homedir(), p.slice(1));
  return path.resolve(base, p);
}

export async function askFileText(ui: UiPort, frame: PromptFrame, ask: FileAsk): Promise<FileText | Back | undefined> {
  const { readFile, stat } = await import('node:fs/promises');
  const base = ui.workspaceFolder?.() ?? homedir();
  let value = ask.value ?? base + path.sep;
  let refused: { path: string; why: string } | undefined;
  for (;;) {
    const shown = refused;
    const typed = await stepInput(ui, {
      ...frame,
      prompt: l10n.t('{0} (relative paths are read from {1})', ask.prompt, base),
      value,
      validate: (v) => (shown && v.trim() === shown.path ? shown.why : undefined),
    });
    if (typed === BACK || typed === undefined) return typed;
    const p = typed.trim();
    if (p === '') return undefined;
    value = p;
    const file = resolvePath(p, base);
    let text: string;
    try {
      const size = (await stat(file)).size;
      if (size > ask.maxBytes) {
        refused = { path: p, why: l10n.t('{0} is {1} KiB; at most {2} KiB is taken. Is it the right file?', file, Math.ceil(size / 1024), ask.maxBytes / 1024) };
        continue;
      }
      text = await readFile(file, 'utf8');
    } catch (err) {
      refused = { path: p, why: readProblem(err, file) };
      continue;
    }
    const r = ask.check(text);
    if ('ok' in r) return { path: p, text: r.ok };
    refused = { path: p, why: r.problem };
  }
}

/** Why a file could not be read, in words (never a raw ENOENT). */
function readProblem(err: unknown, file: string): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return l10n.t('There is no file {0}. Check the path.', file);
  if (code === 'EACCES' || code === 'EPERM') return l10n.t('You may not read {0}.', file);
  if (code === 'EISDIR') return l10n.t('{0} is a folder: add the file name.', file);
  return l10n.t('Could not read {0}: {1}', file, errorReason(err));
}
