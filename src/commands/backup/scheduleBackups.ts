// Schedule Backups…: daily, weekly or a custom interval, from a time of day or a date and time
// (London time, as the brain keeps it), keeping N backups.
import * as l10n from '@vscode/l10n';
import { brainZoneWords, DAY, describeInterval, intervalProblem, parseInterval, parseStart, startAt, startProblem, wallZoneWords, WEEK } from '../../model/backupSchedule';
import type { PickItem } from '../../interaction/port';
import type { CommandHandler } from '../context';
import { pickRow, runDetail, serverFor } from '../detailActions';
import { defineCommand } from '../definition';

interface IntervalItem extends PickItem {
  seconds?: number;
}

export const scheduleBackups: CommandHandler = async (ctx, arg) => {
  const row = await pickRow(ctx, arg, 'disc');
  if (!row) return undefined;
  const target = await serverFor(ctx, row, 'scheduleBackups');
  if (!target) return undefined;
  const disc = row.disc;
  const title = l10n.t('Schedule Backups of Disc {0} on {1}', disc.label, target.fullName);
  const items: IntervalItem[] = [
    { label: l10n.t('Daily'), description: l10n.t('every 24 hours'), seconds: DAY },
    { label: l10n.t('Weekly'), description: l10n.t('every 7 days'), seconds: WEEK },
    { label: l10n.t('Custom…'), description: l10n.t('every N hours, days or weeks') },
  ];
  const picked = await ctx.ui.pick(items, { title, placeHolder: l10n.t('How often?') });
  if (!picked) return undefined;
  let seconds = picked.seconds;
  if (seconds === undefined) {
    const typed = await ctx.ui.input({ title, prompt: l10n.t('Interval: hours (6), or with h, d or w (12h, 2d, 1w); at least an hour'), placeHolder: '12h', validate: intervalProblem });
    if (typed === undefined) return undefined;
    seconds = parseInterval(typed);
    if (seconds === undefined) return undefined;
  }
  // The brain keeps London time (GMT/BST): said in the prompt, and sent without a zone as the CLI sends it.
  const zone = brainZoneWords();
  const time = await ctx.ui.input({
    title,
    prompt: l10n.t('First backup: a time of day (hh:mm, its next occurrence) or a date and time (YYYY-MM-DD hh:mm), in {0}, the zone Bytemark keeps; then {1}', zone, describeInterval(seconds)),
    value: '00:00',
    validate: (v) => startProblem(v),
  });
  if (time === undefined) return undefined;
  const start = parseStart(time);
  const startAtText = start && startAt(start);
  if (!startAtText) return undefined;
  const keep = await ctx.ui.input({ title, prompt: l10n.t('How many of these backups to keep'), value: '7', validate: (v) => (/^\d{1,3}$/.test(v.trim()) && Number(v) >= 1 ? undefined : l10n.t('A whole number, at least 1.')) });
  if (keep === undefined) return undefined;
  const spec = { start_at: startAtText, interval_seconds: seconds, capacity: Number(keep.trim()) };
  return runDetail(ctx, target, {
    title: l10n.t('Scheduling backups of {0} of {1}', disc.label, target.fullName),
    what: l10n.t('schedule backups of {0} of {1}', disc.label, target.fullName),
    done: l10n.t('Backups of {0} scheduled {1} from {2} {3}.', disc.label, describeInterval(seconds), spec.start_at.slice(0, 16), wallZoneWords(spec.start_at)),
    call: (brain, signal) => brain.backups.schedule({ ...target.ref, disc: disc.id }, spec, { signal }),
    undo: (made) => (hasId(made) ? { kind: 'unschedule', disc: disc.id, discLabel: disc.label, schedule: made.id } : undefined),
  });
};

export const definition = defineCommand({
  id: 'bigv.scheduleBackups',
  title: 'Schedule Backups…',
  icon: 'calendar',
  rows: [
    { kinds: ['disc'], menu: '2_backup@2' },
  ],
  writes: true,
  run: scheduleBackups,
});

/** The schedule the brain made (its answer), whose id removes it again. */
const hasId = (x: unknown): x is { id: number } => typeof (x as { id?: unknown } | undefined)?.id === 'number';
