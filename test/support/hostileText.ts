// Hostile strings (what an API could send to trick a reader) and the checks that text made from
// them is inert, shared by the tests of api/safeText.ts and of the tree rows.
import fc from 'fast-check';

/** What no label may hold: controls, line/paragraph separators, formatting characters (bidi, zero-width), lone surrogates. */
export const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;
const PUNCT = /[!-/:-@[-`{-~]/;

/** Markdown text in which every ASCII punctuation character is escaped (so none is markup). */
export function allEscaped(md: string): boolean {
  for (let i = 0; i < md.length; i++) {
    if (md[i] === '\\') {
      if (!PUNCT.test(md[i + 1] ?? '')) return false;
      i++;
    } else if (PUNCT.test(md[i]!)) return false;
  }
  return true;
}

/** What GFM (marked, as VS Code's hovers render) would autolink: a scheme, `www.`, an email. */
export const AUTOLINK = /(?:https?|ftp):\/\/|www\.|[\w.+-]@[\w-]/i;

/** Strings an API could send to trick a reader: URLs, markup, HTML, controls and bidi overrides, anywhere. */
export const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(
    fc.oneof(
      fc.constantFrom(
        'https://evil.example/x?a=1&b=2', 'http://', 'ftp://h/f', 'www.evil.example', 'WWW.EVIL.EXAMPLE', 'user@evil.example', 'mailto:a@b.c',
        '[click](https://evil.example)', '![i](x)', '<a href="x">', '<img src=x onerror=alert(1)>', '&#x202E;', '&lt;', '**bold**', '_em_', '`code`',
        '# heading', '> quote', '- item', '1. item', '| a | b |', '~~~', '---', '$(zap)', '\\', '\n', '\r\n', '\t', '\u0000', '\u001b[31m', '\u0085',
        '\u007f', '\u009b', '\u200b', '\u200d', '\u200e', '\u200f', '\u2028', '\u2029', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066',
        '\u2067', '\u2068', '\u2069', '\u061c', '\ufeff', '\u00ad', '\udb40\udc41', '\ud800', '\udfff', 'é', '日本', '👍🏽',
      ),
      fc.string({ maxLength: 6 }),
      fc.webUrl(),
      fc.emailAddress(),
      fc.domain(),
    ),
    { maxLength: 8 },
  ).map((parts) => parts.join('')),
);
