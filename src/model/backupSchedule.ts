// Backup schedules in words and back: "daily", "every 6 hours", and the brain's start time
// format ("YYYY-MM-DD hh:mm:ss", London time). Also validation of what a person types for them. No vscode.
import * as l10n from '@vscode/l10n';
import { brainClock, brainInstant, nextDay, realDate, wallText, type WallTime } from './brainClock';

const pad = (n: number) => String(n).padStart(2, '0');

export const HOUR = 3600;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;
/** The brain refuses intervals under an hour. */
export const MIN_INTERVAL = HOUR;

export function describeInterval(seconds: number): string {
  if (seconds === DAY) return l10n.t('daily');
  if (seconds === WEEK) return l10n.t('weekly');
  if (seconds % WEEK === 0) return l10n.t('every {0} weeks', seconds / WEEK);
  if (seconds % DAY === 0) return l10n.t('every {0} days', seconds / DAY);
  if (seconds % HOUR === 0) return seconds === HOUR ? l10n.t('hourly') : l10n.t('every {0} hours', seconds / HOUR);
  return l10n.t('every {0} minutes', Math.round(seconds / 60));
}

/** When a backup was taken, in local time: `2026-11-23 04:00`; the brain's text if it is not a date; undefined when absent. */
export function backupDate(createdAt: string | null | undefined): string | undefined {
  if (!createdAt) return undefined;
  const at = new Date(createdAt.includes('T') ? createdAt : createdAt.replace(' ', 'T'));
  if (Number.isNaN(at.getTime())) return createdAt;
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** A custom interval as typed: `6h`, `2d`, `1w` or a number of hours. Undefined when unreadable. */
export function parseInterval(text: string): number | undefined {
  const m = /^\s*(\d+)\s*([hdw]?)\s*$/i.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? '').toLowerCase();
  const seconds = n * (unit === 'd' ? DAY : unit === 'w' ? WEEK : HOUR);
  return seconds >= MIN_INTERVAL ? seconds : undefined;
}

export function intervalProblem(text: string): string | undefined {
  if (text.trim() === '') return undefined;
  return parseInterval(text) === undefined ? l10n.t('Type a number of hours, or a number with h, d or w (6h, 2d, 1w); at least one hour.') : undefined;
}

/** `hh:mm` (24-hour) as typed, or undefined. */
export function parseStartTime(text: string): { hour: number; minute: number } | undefined {
  const m = /^\s*(\d{1,2}):(\d{2})\s*$/.exec(text);
  if (!m) return undefined;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  return hour < 24 && minute < 60 ? { hour, minute } : undefined;
}

/** A first backup as typed: a time of day (its next occurrence), or a date and a time. */
export interface StartInput {
  date?: { y: number; mo: number; d: number };
  hour: number;
  minute: number;
}

/** `hh:mm`, or `YYYY-MM-DD hh:mm` (a `T` or several spaces between them too); undefined when unreadable. */
export function parseStart(text: string): StartInput | undefined {
  const m = /^\s*(?:(\d{4})-(\d{1,2})-(\d{1,2})(?:\s+|[Tt]))?(\d{1,2}):(\d{2})\s*$/.exec(text);
  if (!m) return undefined;
  const time = parseStartTime(`${m[4]}:${m[5]}`);
  if (!time) return undefined;
  if (m[1] === undefined) return time;
  const date = { y: Number(m[1]), mo: Number(m[2]), d: Number(m[3]) };
  return realDate(date.y, date.mo, date.d) ? { ...time, date } : undefined;
}

/**
 * The first backup in the form the official CLI sends, `YYYY-MM-DD hh:mm:ss` (bigv-api.md §B.6),
 * as London wall time (the brain's zone: a time without a zone "assumes BST/GMT"). A time of day
 * alone is its next occurrence in London after `now`. Undefined for a date and time already past.
 */
export function startAt(start: StartInput, now: Date = new Date()): string | undefined {
  const at = now.getTime();
  const c = brainClock(at);
  let wall: WallTime = { ...(start.date ?? { y: c.y, mo: c.mo, d: c.d }), h: start.hour, m: start.minute, s: 0 };
  if (brainInstant(wall) <= at) {
    if (start.date) return undefined;
    wall = nextDay(wall);
  }
  return wallText(wall);
}

/** What is wrong with a typed first backup, in words; undefined when it will do (or nothing is typed yet). */
export function startProblem(text: string, now: Date = new Date()): string | undefined {
  if (text.trim() === '') return undefined;
  const start = parseStart(text);
  if (!start) return l10n.t('Type a time of day as hh:mm (03:30), or a date and time as YYYY-MM-DD hh:mm (2026-12-01 03:30).');
  return startAt(start, now) === undefined ? l10n.t('That is in the past in London. Type a later date, or a time of day alone for its next occurrence.') : undefined;
}

/** The brain's zone in words for a prompt: "London time (GMT)" or "London time (BST)", as it is at `now`. */
export function brainZoneWords(now: Date = new Date()): string {
  return l10n.t('London time ({0})', brainClock(now.getTime()).zone);
}

/** The zone words ("London time (BST)") of a `YYYY-MM-DD hh:mm:ss` London wall time, as it is on that date. */
export function wallZoneWords(text: string): string {
  const [y, mo, d, h, m, sec] = (text.match(/\d+/g) ?? []).map(Number);
  const at = brainInstant({ y: y ?? 1970, mo: mo ?? 1, d: d ?? 1, h: h ?? 0, m: m ?? 0, s: sec ?? 0 });
  return brainZoneWords(new Date(at));
}

/**
 * What `add server` sends for its first backup (bigv-api.md §B.3.3): midnight tonight, as
 * `YYYY-MM-DD hh:mm:ss ZONE` with London's GMT or BST (the CLI's local time; the brain's zone).
 */
export function midnightTonight(now: Date = new Date()): string {
  const c = brainClock(now.getTime());
  const wall = nextDay({ ...c, h: 0, m: 0, s: 0 });
  return `${wallText(wall)} ${brainClock(brainInstant(wall)).zone}`;
}
