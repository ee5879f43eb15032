// API text on its way into a tree row or its hover: labels and descriptions inert (one line,
// nothing reordered or hidden), hovers made only of escaped text, so no string from the API can be
// markup, HTML or a link there (api/safeText.ts says how).
import * as vscode from 'vscode';
import { cleanText, markdownText, MAX_MESSAGE_CHARS } from '../../api/safeText';

/** A label or description from API text. */
export function rowText(text: string): string {
  return cleanText(text);
}

/** A hover of plain lines (each escaped whole: labels and values alike), one under the other. */
export function textTooltip(lines: ReadonlyArray<string | undefined>): vscode.MarkdownString {
  return new vscode.MarkdownString(lines.filter((l): l is string => l !== undefined && l !== '').map((l) => markdownText(l, MAX_MESSAGE_CHARS)).join('  \n'));
}
