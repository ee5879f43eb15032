// Keeps secrets (token, API key, password, OTP, root password) out of anything taken from a response.
// A careless server or proxy may echo a secret back escaped: as JSON `\u0070` or `\/`, URL-
// encoded, as HTML entities or base64. Matching only the raw text misses those, so the text is
// also decoded (layer by layer) and searched again; when a secret was hidden in an escaped form
// the decoded, redacted text is what is shown.

export const REDACTED = '<redacted>';
const MAX_DECODE_ROUNDS = 4;
/** Below this many bytes a base64 fragment would match too much unrelated text. */
const MIN_BASE64_SECRET_BYTES = 4;

/** One layer of JSON/JS string escapes (`\u0070`, `\/`, `\x41`). */
function decodeStringEscapes(text: string): string {
  return text.replace(/\\u\{([0-9a-fA-F]{1,6})\}|\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})|\\(["\\/bfnrt'])/g, (m, cp?: string, u4?: string, x2?: string, c?: string) => {
    if (cp !== undefined) return fromCodePoint(parseInt(cp, 16), m);
    if (u4 !== undefined) return String.fromCharCode(parseInt(u4, 16));
    if (x2 !== undefined) return String.fromCharCode(parseInt(x2, 16));
    return SIMPLE_ESCAPES[c ?? ''] ?? m;
  });
}

/** One layer of percent-encoding. */
function decodePercent(text: string): string {
  return text.replace(/(?:%[0-9a-fA-F]{2})+/g, (m) => {
    try {
      return decodeURIComponent(m);
    } catch {
      // Not UTF-8: decode byte by byte so a Latin-1 echo is still found.
      return m.replace(/%([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    }
  });
}

/** One layer of HTML character references. */
function decodeHtml(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(quot|amp|lt|gt|apos));/g, (m, dec?: string, hex?: string, named?: string) => {
    if (dec !== undefined) return fromCodePoint(parseInt(dec, 10), m);
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16), m);
    return NAMED_ENTITIES[named ?? ''] ?? m;
  });
}

const DECODERS = [decodeStringEscapes, decodePercent, decodeHtml];

/** Every kind of escape decoded once. */
export function decodeEscapes(text: string): string {
  return decodeHtml(decodePercent(decodeStringEscapes(text)));
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', "'": "'", b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const NAMED_ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };

function fromCodePoint(cp: number, fallback: string): string {
  return cp <= 0x10ffff ? String.fromCodePoint(cp) : fallback;
}

/** How an API key is sent (`Authorization: Bearer apikey.<secret>`, reference A.7). */
const API_KEY_PREFIX = 'apikey.';

/**
 * The values to hide for one secret: itself and, for an API key, the secret after its prefix,
 * which a server may well echo on its own (e.g. "unknown key <secret>").
 */
function secretParts(secret: string): string[] {
  const bare = secret.startsWith(API_KEY_PREFIX) ? secret.slice(API_KEY_PREFIX.length) : '';
  return bare === '' ? [secret] : [secret, bare];
}

/** The literal forms a secret can take without decoding (raw, URL/form-encoded, base64), longest first so a form that contains another is replaced whole. */
export function secretForms(secret: string): string[] {
  return [...new Set(secretParts(secret).flatMap(literalForms))].sort((a, b) => b.length - a.length);
}

function literalForms(secret: string): string[] {
  const forms = new Set([secret, encodeURIComponent(secret), encodeURIComponent(secret).replace(/%20/g, '+')]);
  const bytes = Buffer.from(secret, 'utf8');
  if (bytes.length >= MIN_BASE64_SECRET_BYTES) {
    // Inside a longer base64 text (e.g. `Basic user:password`) the secret starts at any of three
    // byte alignments; only the characters made entirely of the secret's bits are matched.
    for (let k = 0; k < 3; k++) {
      const b64 = Buffer.concat([Buffer.alloc(k), bytes]).toString('base64');
      const core = b64.slice(Math.ceil((8 * k) / 6), Math.floor((8 * (k + bytes.length)) / 6));
      forms.add(core);
      forms.add(core.replace(/\+/g, '-').replace(/\//g, '_'));
    }
  }
  return [...forms].filter((f) => f !== '');
}

function replaceForms(text: string, forms: readonly string[], marker: string): string {
  let out = text;
  for (const f of forms) if (out.includes(f)) out = out.split(f).join(marker);
  return out;
}

/** Whether any secret form shows up in the text or in any mix of up to MAX_DECODE_ROUNDS decodings of it. */
function revealsSecret(text: string, forms: readonly string[]): boolean {
  let frontier = [text];
  const seen = new Set(frontier);
  for (let round = 0; round <= MAX_DECODE_ROUNDS && frontier.length; round++) {
    const next: string[] = [];
    for (const t of frontier) {
      if (forms.some((f) => t.includes(f))) return true;
      if (round === MAX_DECODE_ROUNDS) continue;
      // Each kind separately: a secret may itself contain `\/` or `%41`, which a combined pass would alter.
      for (const d of DECODERS) {
        const out = d(t);
        if (!seen.has(out)) seen.add(out), next.push(out);
      }
    }
    frontier = next;
  }
  return false;
}

/**
 * Replaces every secret with `marker`. When a secret was hidden behind escapes, the text is shown
 * decoded (and redacted); if even that still reveals one, nothing of the text is shown.
 */
export function redact(text: string, secrets?: ReadonlyArray<string | undefined>, marker = REDACTED): string {
  const forms = [...new Set((secrets ?? []).filter((s): s is string => !!s).flatMap(secretForms))].sort((a, b) => b.length - a.length);
  if (forms.length === 0) return text;
  const plain = replaceForms(text, forms, marker);
  if (!revealsSecret(plain, forms)) return plain;
  let layer = plain;
  for (let round = 0; round < MAX_DECODE_ROUNDS; round++) {
    const decoded = replaceForms(decodeEscapes(layer), forms, marker);
    if (decoded === layer) break;
    layer = decoded;
  }
  return revealsSecret(layer, forms) ? marker : layer;
}

/** The old name: callers outside this module still say `scrub`. */
export const scrub = redact;

/** `field → problems` with every key and problem redacted (they come from a decoded JSON body). */
export function redactProblems(problems: Record<string, string[]>, secrets?: ReadonlyArray<string | undefined>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [field, list] of Object.entries(problems)) {
    (out[redact(field, secrets)] ??= []).push(...list.map((p) => redact(p, secrets)));
  }
  return out;
}

const EXCERPT_CHARS = 200;
/** A private-use character: survives tag stripping and whitespace collapsing, then becomes the marker. */
const HOLD = '\uE000';

/** The start of a response body for a message: secrets redacted, tags and runs of whitespace flattened. */
export function bodyExcerpt(text: string, secrets?: ReadonlyArray<string | undefined>): string {
  // Secrets are replaced before whitespace is collapsed (a password may contain spaces).
  const flat = redact(text.split(HOLD).join(''), secrets, HOLD)
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .split(HOLD)
    .join(REDACTED);
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS)}…` : flat;
}
