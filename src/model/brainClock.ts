// The brain's clock: Bytemark's brain keeps time in London (GMT in winter, BST in summer); the
// official CLI's help says a backup start without a zone "assumes BST/GMT" (bigv-api.md §B.6), and
// `add server` sends its first backup as London wall time with the zone's abbreviation (§B.3.3).
// Wall-clock fields there, and the instant of a London wall time. No vscode.

export const BRAIN_ZONE = 'Europe/London';

export interface WallTime {
  y: number;
  mo: number;
  d: number;
  h: number;
  m: number;
  s: number;
}

let format: Intl.DateTimeFormat | undefined;

/** The London wall clock at an instant, and the zone's abbreviation then: GMT or BST. */
export function brainClock(at: number): WallTime & { zone: 'GMT' | 'BST' } {
  format ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: BRAIN_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  });
  const parts = format.formatToParts(new Date(at));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const w = { y: get('year'), mo: get('month'), d: get('day'), h: get('hour'), m: get('minute'), s: get('second') };
  // London is UTC or UTC+1: the zone is BST exactly when the wall clock is an hour ahead of UTC.
  const ahead = Date.UTC(w.y, w.mo - 1, w.d, w.h, w.m, w.s) - Math.floor(at / 1000) * 1000;
  return { ...w, zone: ahead > 0 ? 'BST' : 'GMT' };
}

/**
 * The instant a London wall time names. A time that does not exist (the spring-forward hour) is
 * read as GMT (the clock then shows an hour later); a time that happens twice (autumn) is its first, BST.
 */
export function brainInstant(w: WallTime): number {
  const wall = Date.UTC(w.y, w.mo - 1, w.d, w.h, w.m, w.s);
  const bst = wall - 3600_000;
  const c = brainClock(bst);
  return c.d === w.d && c.h === w.h && c.m === w.m ? bst : wall;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD hh:mm:ss`, the form the brain and the official CLI use. */
export function wallText(w: WallTime): string {
  return `${w.y}-${pad(w.mo)}-${pad(w.d)} ${pad(w.h)}:${pad(w.m)}:${pad(w.s)}`;
}

/** The calendar day after `w`'s (its date only; the time fields are kept). */
export function nextDay(w: WallTime): WallTime {
  const day = new Date(Date.UTC(w.y, w.mo - 1, w.d + 1));
  return { ...w, y: day.getUTCFullYear(), mo: day.getUTCMonth() + 1, d: day.getUTCDate() };
}

/** Whether y-mo-d is a real date. */
export function realDate(y: number, mo: number, d: number): boolean {
  return mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}
