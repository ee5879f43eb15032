// Text from a response on its way to a person, in a message or a tree row: never longer than a
// toast can sensibly show, with nothing that could disguise it (terminal escapes, line breaks
// inside a piece, bidirectional overrides that reorder what is shown, invisible characters), and
// in Markdown nothing that could be markup or a link. Pure, and bundled into the activation file
// as well as dist/api.js (build/splits.mjs), since the tree draws with it before any API call.

/** The most any error message (or its reason) may be. */
export const MAX_MESSAGE_CHARS = 1200;
/** One problem of a 400, one field name, one body excerpt. */
export const MAX_PIECE_CHARS = 300;
/** Problems listed from one 400; the rest are counted. */
export const MAX_PROBLEMS = 12;

/** Cuts `text` to `max` characters, marking the cut, without splitting a surrogate pair. */
export function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

// Controls (C0, DEL, C1), line and paragraph separators; and every formatting character (Cf):
// bidirectional embeddings, overrides, isolates and marks (U+202A–202E, U+2066–2069, U+200E/F,
// U+061C), zero-width characters, the BOM, soft hyphens, tag characters.
const CONTROLS = /[\p{Cc}\p{Zl}\p{Zp}]+/gu;
const INVISIBLE = /\p{Cf}/gu;
const LONE_SURROGATE = /\p{Cs}/gu;

/**
 * Text from the API as something a person reads, inert: one line (controls and line breaks become
 * a space), nothing that reorders or hides what is shown, capped. For error messages and for every
 * tree row's label and description.
 */
export function cleanText(text: string, max = MAX_PIECE_CHARS): string {
  const clean = text.replace(CONTROLS, ' ').replace(INVISIBLE, '').replace(LONE_SURROGATE, '\ufffd');
  return cap(clean, max);
}

/**
 * API text for a MarkdownString, shown as exactly that text: `cleanText`, then every ASCII
 * punctuation character backslash-escaped (CommonMark renders `\x` as `x`). So nothing is markup,
 * HTML or an entity, and nothing is a link: GFM autolinks (VS Code's hovers use marked) need a
 * literal `://`, `www.` or `@`, which no longer occur.
 */
export function markdownText(text: string, max = MAX_PIECE_CHARS): string {
  return cleanText(text, max).replace(/[!-/:-@[-`{-~]/g, '\\$&');
}
