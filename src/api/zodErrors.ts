// A zod failure rendered as `root[0].field: expected boolean`, so a report of "the extension
// does not understand the API" points at the exact field that changed.
import type * as z from 'zod/mini';

const MAX_ISSUES = 3;

export function formatPath(label: string, path: ReadonlyArray<PropertyKey>): string {
  let out = label;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(body)';
}

export function describeIssue(issue: z.core.$ZodIssue): string {
  const msg = issue.message.replace(/^Invalid input: /, '');
  if (issue.code === 'invalid_type' && /received undefined$/.test(msg)) {
    return `missing (expected ${issue.expected})`;
  }
  return msg;
}

export function describeZodError(error: z.core.$ZodError, label: string): string {
  const parts = error.issues.slice(0, MAX_ISSUES).map((i) => `${formatPath(label, i.path)}: ${describeIssue(i)}`);
  const more = error.issues.length - MAX_ISSUES;
  return more > 0 ? `${parts.join('; ')} (and ${more} more)` : parts.join('; ');
}
