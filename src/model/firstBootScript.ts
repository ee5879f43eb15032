// The first-boot script Create Server and Reimage send (`reimage.firstboot_script`, bigv-api.md
// §B.3.3, §B.4: "full, executable script, probably starting #!/bin/sh"). A typed line becomes a
// /bin/sh script; a file is taken as it is, with Windows line ends made Unix ones (a `\r` would
// reach the shell as part of every command). No vscode.

/**
 * Our own cap: the reference gives none for the brain. 64 KiB is far more than a first-boot
 * script needs (cloud-init's user data on the big clouds is 16 KiB) and keeps a wrong file (an
 * ISO, a log) from being sent.
 */
export const MAX_SCRIPT_BYTES = 64 * 1024;

export type ScriptProblem = 'empty' | 'too-large' | 'not-text' | 'no-interpreter';

/** The script as it will be sent: a leading byte-order mark dropped, CRLF and lone CR made LF. */
export function normalizeScript(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** What keeps `text` (normalized) from being sent as a first-boot script; undefined when it will do. */
export function scriptProblem(text: string): ScriptProblem | undefined {
  if (text.trim() === '') return 'empty';
  if (Buffer.byteLength(text, 'utf8') > MAX_SCRIPT_BYTES) return 'too-large';
  // NUL, the other C0 controls but tab and LF, DEL, and U+FFFD (what undecodable bytes became): a binary file.
  if (/[\u0000-\u0008\u000B-\u001F\u007F\uFFFD]/.test(text)) return 'not-text';
  if (!text.startsWith('#!')) return 'no-interpreter';
  return undefined;
}

/** One typed command line as a /bin/sh script. */
export function scriptFromLine(line: string): string {
  return `#!/bin/sh\n${line.trim()}\n`;
}

/** What a typed line may not be: empty, or with a control character (the input box takes one line). */
export function lineProblem(line: string): ScriptProblem | undefined {
  if (line.trim() === '') return 'empty';
  return scriptProblem(scriptFromLine(line));
}

/** The script's size in lines, for a summary. */
export function scriptLines(text: string): number {
  return text.split('\n').filter((l, i, all) => l !== '' || i < all.length - 1).length;
}
