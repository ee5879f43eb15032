// Wording helpers for the errors: problem lists, seconds, system error codes.
import { cleanText, MAX_PIECE_CHARS, MAX_PROBLEMS } from './safeText';

/** A 400 may list any number of problems of any length; a person is shown a readable few. */
export function limitProblems(problems: Record<string, string[]>): { kept: Record<string, string[]>; omitted: number } {
  const kept: Record<string, string[]> = {};
  let count = 0;
  let omitted = 0;
  for (const [field, list] of Object.entries(problems)) {
    for (const p of list) {
      if (count >= MAX_PROBLEMS) {
        omitted++;
        continue;
      }
      (kept[cleanText(field, MAX_FIELD_CHARS)] ??= []).push(cleanText(p, MAX_PIECE_CHARS));
      count++;
    }
  }
  return { kept, omitted };
}

const MAX_FIELD_CHARS = 60;

/** One `• field problem` line per problem; field names made readable (`hardware_profile` → `Hardware profile`). */
export function formatProblems(problems: Record<string, string[]>): string {
  const lines: string[] = [];
  for (const [field, list] of Object.entries(problems)) {
    const label = humanField(field);
    for (const p of list) lines.push(`• ${label ? `${label} ${p}` : p}`);
  }
  return lines.length ? lines.join('\n') : '• (no reason given)';
}

function humanField(field: string): string {
  if (!field) return '';
  const spaced = field.replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export function formatSeconds(s: number): string {
  const rounded = Math.round(s * 10) / 10;
  return `${rounded} second${rounded === 1 ? '' : 's'}`;
}

export function describeCode(code: string): string {
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENOTFOUND':
      return 'host name not found';
    case 'EAI_AGAIN':
      return 'host name lookup failed';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'connection reset';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'network unreachable';
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'connection timed out';
    default:
      return code;
  }
}
