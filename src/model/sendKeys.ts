// Key combinations for the `sendkey` signal. The brain takes a dash-separated list of key names
// (`ctrl-alt-delete`) and only names from the `sendkeys` definition, so we check every key before
// sending: a typo would otherwise come back as a bare 400 after the round trip.

/** Common spellings people type, mapped to the definition's names (used only if the spelling itself is not a valid name). */
const ALIASES: Readonly<Record<string, string>> = {
  del: 'delete',
  enter: 'ret',
  return: 'ret',
  escape: 'esc',
  space: 'spc',
  control: 'ctrl',
  pageup: 'pgup',
  pagedown: 'pgdn',
  ins: 'insert',
  capslock: 'caps_lock',
  bksp: 'backspace',
  prtsc: 'print',
};

export type KeysResult =
  | { ok: true; data: string; keys: string[] }
  | { ok: false; problem: 'empty' }
  | { ok: false; problem: 'empty-key'; position: number }
  | { ok: false; problem: 'unknown-key'; key: string; suggestion?: string };

/**
 * Parses what the user typed into the wire form. Keys may be separated by `-`, `+` or spaces
 * (people copy "Ctrl+Alt+Del" from documentation); case does not matter.
 */
export function parseKeys(input: string, validKeys: readonly string[]): KeysResult {
  const text = input.trim().toLowerCase();
  if (text === '') return { ok: false, problem: 'empty' };
  const valid = new Set(validKeys);
  const parts = text.split(/\s*[-+]\s*|\s+/);
  const keys: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part === '') return { ok: false, problem: 'empty-key', position: i + 1 };
    if (valid.has(part)) {
      keys.push(part);
      continue;
    }
    const alias = ALIASES[part];
    if (alias !== undefined && valid.has(alias)) {
      keys.push(alias);
      continue;
    }
    const suggestion = closest(part, validKeys);
    return suggestion === undefined
      ? { ok: false, problem: 'unknown-key', key: part }
      : { ok: false, problem: 'unknown-key', key: part, suggestion };
  }
  return { ok: true, data: keys.join('-'), keys };
}

/** True if every key of a ready-made combination is offered by this brain's definitions. */
export function comboAvailable(data: string, validKeys: readonly string[]): boolean {
  const valid = new Set(validKeys);
  return data.split('-').every((k) => valid.has(k));
}

/** The valid key nearest to a misspelling (edit distance at most 2), to suggest in the error. */
function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
