// The one change made to the user's own ~/.ssh/config: an Include of the managed file, with a
// comment saying whose it is. It goes at the very top: an Include after a Host or Match line only
// applies inside that block (ssh_config(5)), and at the top it is read before any of the user's
// lines, which follow it unchanged. Removing it removes exactly those two lines, never another.
// No vscode import.

export const INCLUDE_COMMENT = '# Added by the Bytemark Cloud (BigV) extension for VS Code ("Keep an SSH Config for My Servers"):';
export const INCLUDE_LINE = 'Include ~/.ssh/bigv/config';

const eol = (text: string): string => (text.includes('\r\n') ? '\r\n' : '\n');
const same = (line: string | undefined, want: string): boolean => line !== undefined && line.trim() === want;

/** Whether the user's config includes the managed file (our line, or one of their own). */
export function hasInclude(text: string): boolean {
  return text.split(/\r?\n/).some((l) => /^\s*include\s+(~\/\.ssh\/)?bigv\/config\s*$/i.test(l));
}

/** The user's config with our Include at the top; unchanged if it includes the file already. */
export function addInclude(text: string): string {
  if (hasInclude(text)) return text;
  const nl = eol(text);
  return `${INCLUDE_COMMENT}${nl}${INCLUDE_LINE}${nl}${text === '' ? '' : nl}${text}`;
}

/**
 * The user's config without our two lines (and the blank line addInclude put after them). An
 * Include the user wrote themselves (without our comment) is left alone: `keptOwn` says so.
 */
export function removeInclude(text: string): { text: string; removed: boolean; keptOwn: boolean } {
  const nl = eol(text);
  const lines = text.split(/\r?\n/);
  let removed = false;
  for (let i = 0; i < lines.length - 1; i++) {
    if (!same(lines[i], INCLUDE_COMMENT) || !same(lines[i + 1], INCLUDE_LINE)) continue;
    const blankAfter = i === 0 && lines[i + 2] === '' && i + 3 < lines.length;
    lines.splice(i, blankAfter ? 3 : 2);
    removed = true;
    i--;
  }
  const out = lines.join(nl);
  return { text: out, removed, keptOwn: hasInclude(out) };
}

/**
 * The literal names the user's own Host lines use (lower case): the managed file, read first,
 * must not give any of them another address or user.
 */
export function userHostNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*host(?:\s*=\s*|\s+)(.*)$/i.exec(line);
    if (!m) continue;
    for (const token of m[1]!.split(/\s+/)) {
      const t = token.replace(/^"|"$/g, '').toLowerCase();
      if (t !== '' && !/[*?!]/.test(t)) names.add(t);
    }
  }
  return names;
}
