// Text from a response on its way into a message a person reads: never longer than a toast can
// sensibly show, and with nothing that could disguise it (terminal escapes, line breaks inside a
// piece, bidirectional overrides that reorder what is shown, invisible characters).

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

const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A piece of response text for a message: one line, no controls or bidi/invisible formatting, capped. */
export function cleanText(text: string, max = MAX_PIECE_CHARS): string {
  const clean = text.replace(CONTROLS, ' ').replace(INVISIBLE, '').replace(LONE_SURROGATE, '\ufffd');
  return cap(clean, max);
}
