// Turns a 400 body into `field → problems`. The brain sends `{field: [problems]}`, sometimes a
// bare string instead of the array, and for `discs` an array of per-disc hashes aligned with the
// request's discs; a failed DELETE may send plain text. Everything is tolerated: a refusal must
// always reach the user with its reason, whatever its shape.
import { BadRequestBodySchema } from './schemas';

export function parseBadRequestBody(text: string): Record<string, string[]> {
  const trimmed = text.trim();
  if (trimmed === '') return { '': ['The API gave no reason.'] };
  let json: unknown;
  // The docs allow either text/plain or JSON here, and servers mislabel; the shape decides.
  if (trimmed.startsWith('{')) {
    try {
      json = JSON.parse(trimmed);
    } catch {
      json = undefined;
    }
  }
  const parsed = BadRequestBodySchema.safeParse(json);
  if (!parsed.success) return { '': [trimmed] };

  const problems: Record<string, string[]> = {};
  const add = (field: string, p: string) => (problems[field] ??= []).push(p);
  for (const [field, value] of Object.entries(parsed.data)) {
    if (field === 'discs' && Array.isArray(value) && value.some((d) => isPlainObject(d))) {
      value.forEach((disc, i) => {
        if (!isPlainObject(disc)) return;
        for (const [discField, discValue] of Object.entries(disc)) {
          for (const p of toStrings(discValue)) add(`disc ${i + 1} - ${discField}`, p);
        }
      });
      continue;
    }
    for (const p of toStrings(value)) add(field, p);
  }
  return Object.keys(problems).length ? problems : { '': ['The API gave no reason.'] };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function toStrings(v: unknown): string[] {
  if (v === null || v === undefined) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(toStrings);
  if (typeof v === 'number' || typeof v === 'boolean') return [String(v)];
  return [JSON.stringify(v)];
}
