// Whether two pieces of JSON data are the same: the full walk behind sameServer. Structural
// rather than by serialising, it stops at the first difference and allocates nothing.

/** Whether two pieces of data are the same. Data too deep to walk counts as changed. */
export function sameData(a: unknown, b: unknown): boolean {
  try {
    return same(a, b);
  } catch {
    return false;
  }
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  // for-in and a count rather than Object.keys, whose two arrays per object were most of a
  // reload's garbage. (JSON data: nothing enumerable is inherited.)
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let keys = 0;
  for (const k in ra) {
    const va = ra[k];
    const vb = rb[k];
    if (va !== vb) {
      if (!same(va, vb)) return false;
    } else if (va === undefined && !(k in rb)) return false;
    keys++;
  }
  for (const _ in rb) keys--;
  return keys === 0;
}
