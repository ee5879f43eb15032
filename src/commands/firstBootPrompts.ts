// The first-boot script Create Server and Reimage may send: none (the default, first), one typed
// command line, or a script file (a path, relative to the workspace folder). Given a wizard
// `step`, the question may answer BACK; undefined means the user cancelled.
import * as l10n from '@vscode/l10n';
import * as path from 'node:path';
import { lineProblem, MAX_SCRIPT_BYTES, normalizeScript, scriptFromLine, scriptLines, scriptProblem, type ScriptProblem } from '../model/firstBootScript';
import { BACK, type Back, type PickItem, type UiPort } from '../interaction/port';
import { askFileText } from './filePrompt';
import type { PromptFrame } from './serverPrompts';
import { stepInput, stepPick } from './wizard';

export interface FirstBootScript {
  /** As sent; '' for none. */
  text: string;
  /** Where it came from, for the summary: the file as typed, or undefined for a typed line. */
  file?: string;
}

export const NO_SCRIPT: FirstBootScript = { text: '' };

interface ScriptItem extends PickItem {
  how: 'none' | 'keep' | 'line' | 'file';
}

export async function askFirstBootScript(ui: UiPort, frame: PromptFrame, current: FirstBootScript = NO_SCRIPT): Promise<FirstBootScript | Back | undefined> {
  const none: ScriptItem = { label: l10n.t('$(circle-slash) No first-boot script'), detail: l10n.t('The image as it is'), how: 'none' };
  const keep: ScriptItem = { label: l10n.t('$(check) Keep {0}', scriptWords(current)), how: 'keep' };
  const line: ScriptItem = { label: l10n.t('$(terminal) Type a command…'), detail: l10n.t('One shell command line, run as root once the server first boots'), how: 'line' };
  const file: ScriptItem = { label: l10n.t('$(file) From a file…'), detail: l10n.t('A script in your workspace, starting with #! (#!/bin/sh, #!/bin/bash…)'), how: 'file' };
  const items = current.text ? [keep, none, line, file] : [none, line, file];
  for (;;) {
    const picked = await stepPick(ui, items, { ...frame, placeHolder: l10n.t('A script to run once, as root, when the server first boots') });
    if (picked === undefined || picked === BACK) return picked;
    if (picked.how === 'none') return NO_SCRIPT;
    if (picked.how === 'keep') return current;
    const answer = picked.how === 'line' ? await typedLine(ui, frame, current) : await scriptFile(ui, frame, current);
    if (answer !== BACK) return answer;
  }
}

async function typedLine(ui: UiPort, frame: PromptFrame, current: FirstBootScript): Promise<FirstBootScript | Back | undefined> {
  const typed = await stepInput(ui, {
    ...frame,
    prompt: l10n.t('A shell command, run as root by /bin/sh on the first boot (for more than one line, choose a file)'),
    placeHolder: 'apt-get update && apt-get install -y nginx',
    value: current.text && !current.file ? current.text.split('\n').slice(1).join('\n').trim() : '',
    validate: (v) => (v === '' ? undefined : problemText(lineProblem(v))),
  });
  if (typed === BACK || typed === undefined) return typed;
  if (lineProblem(typed)) return undefined;
  return { text: scriptFromLine(typed) };
}

async function scriptFile(ui: UiPort, frame: PromptFrame, current: FirstBootScript): Promise<FirstBootScript | Back | undefined> {
  const got = await askFileText(ui, frame, {
    prompt: l10n.t('Path of the script file'),
    ...(current.file ? { value: current.file } : {}),
    maxBytes: MAX_SCRIPT_BYTES,
    check: (raw) => {
      const text = normalizeScript(raw);
      const problem = scriptProblem(text);
      return problem ? { problem: problemText(problem)! } : { ok: text };
    },
  });
  if (got === BACK || got === undefined) return got;
  return { text: got.text, file: got.path };
}

/** "none", "a typed command: apt-get …", or "setup.sh (12 lines)". */
export function scriptWords(s: FirstBootScript): string {
  if (!s.text) return l10n.t('none');
  if (!s.file) return l10n.t('a typed command: {0}', s.text.split('\n')[1] ?? '');
  const n = scriptLines(s.text);
  return n === 1 ? l10n.t('{0} (1 line)', path.basename(s.file)) : l10n.t('{0} ({1} lines)', path.basename(s.file), n);
}

function problemText(p: ScriptProblem | undefined): string | undefined {
  switch (p) {
    case 'empty':
      return l10n.t('The script is empty.');
    case 'too-large':
      return l10n.t('The script is over {0} KiB. Keep the first-boot script small: let it fetch what else it needs.', MAX_SCRIPT_BYTES / 1024);
    case 'not-text':
      return l10n.t('This is not a text script: it holds control characters or bytes that are not UTF-8.');
    case 'no-interpreter':
      return l10n.t('The first line must name its interpreter, such as #!/bin/sh: the server runs the file as a program.');
    case undefined:
      return undefined;
  }
}
