// Remove a backup schedule: backups already taken stay.
import * as l10n from '@vscode/l10n';
import { describeInterval } from '../../model/backupSchedule';
import type { CommandHandler } from '../context';
import { pickRow, runDetail, serverFor } from '../detailActions';
import { confirm } from '../prompts';
import { defineCommand } from '../definition';

export const unscheduleBackups: CommandHandler = async (ctx, arg) => {
  const row = await pickRow(ctx, arg, 'schedule');
  if (!row) return undefined;
  const target = await serverFor(ctx, row, 'unscheduleBackups');
  if (!target) return undefined;
  const disc = row.parent.disc;
  const every = describeInterval(row.schedule.interval_seconds);
  const yes = await confirm(ctx.ui, l10n.t('Remove the backup schedule of disc {0} on {1} ({2})?', disc.label, target.fullName, every), l10n.t('No more backups are taken on this schedule; those already taken stay.'), l10n.t('Remove Schedule'));
  if (!yes) return undefined;
  return runDetail(ctx, target, {
    title: l10n.t('Removing the {0} backup schedule of {1}', every, disc.label),
    what: l10n.t('remove the backup schedule of {0} of {1}', disc.label, target.fullName),
    done: l10n.t('Removed the {0} backup schedule of {1}.', every, disc.label),
    call: (brain, signal) => brain.backups.unschedule({ ...target.ref, disc: disc.id }, row.schedule.id, { signal }),
  });
};

export const definition = defineCommand({
  id: 'bigv.unscheduleBackups',
  title: 'Remove Schedule',
  icon: 'close',
  rows: [
    { kinds: ['schedule'], menu: '9_danger@1', inline: 1 },
  ],
  writes: true,
  run: unscheduleBackups,
});
