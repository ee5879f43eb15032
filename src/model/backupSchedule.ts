// Backup schedules in words and back: "daily", "every 6 hours", and the brain's start time
// format ("YYYY-MM-DD hh:mm:ss"). Also validation of what a person types for them. No vscode.
import * as l10n from '@vscode/l10n';

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

export function startTimeProblem(text: string): string | undefined {
  if (text.trim() === '') return undefined;
  return parseStartTime(text) ? undefined : l10n.t('Type a time of day as hh:mm, e.g. 03:30.');
}

/** The next time of day `hh:mm` (local) from `now`, in the brain's format: "YYYY-MM-DD hh:mm:ss". */
export function startAt(time: { hour: number; minute: number }, now: Date = new Date()): string {
  const at = new Date(now.getFullYear(), now.getMonth(), now.getDate(), time.hour, time.minute, 0);
  if (at.getTime() <= now.getTime()) at.setDate(at.getDate() + 1);
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}:00`;
}
