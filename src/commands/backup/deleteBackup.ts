// Delete Backup: one snapshot gone for good (the disc is untouched), after a question.
import * as l10n from '@vscode/l10n';
import { backupDate } from '../../model/backupSchedule';
import type { CommandHandler } from '../context';
import { pickRow, runDetail, serverFor } from '../detailActions';
import { confirm } from '../prompts';
import { defineCommand } from '../definition';

export const deleteBackup: CommandHandler = async (ctx, arg) => {
  const row = await pickRow(ctx, arg, 'backup');
  if (!row) return undefined;
  const target = await serverFor(ctx, row, 'deleteBackup');
  if (!target) return undefined;
  const disc = row.parent.parent.disc;
  const when = backupDate(row.backup.created_at) ?? row.backup.label;
  const yes = await confirm(ctx.ui, l10n.t('Delete the backup of {0} from {1}?', disc.label, when), l10n.t('The backup is deleted for good; the disc itself is not touched.'), l10n.t('Delete'));
  if (!yes) return undefined;
  return runDetail(ctx, target, {
    title: l10n.t('Deleting the backup of {0} from {1}', disc.label, when),
    what: l10n.t('delete backup {0} of {1}', row.backup.label, disc.label),
    done: l10n.t('Deleted the backup of {0} from {1}.', disc.label, when),
    call: (brain, signal) => brain.backups.delete({ ...target.ref, disc: disc.id }, row.backup.id, { signal }),
  });
};

export const definition = defineCommand({
  id: 'bigv.deleteBackup',
  title: 'Delete Backup',
  icon: 'trash',
  rows: [
    { kinds: ['backup'], menu: '9_danger@1' },
  ],
  writes: true,
  run: deleteBackup,
});
