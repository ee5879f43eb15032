// Restore Backup: the disc's data is replaced by the backup's, so the user types the disc label.
// The server must be powered off (the state model offers it only then).
import * as l10n from '@vscode/l10n';
import { backupDate } from '../../model/backupSchedule';
import type { CommandHandler } from '../context';
import { pickRow, runDetail, serverFor } from '../detailActions';
import { confirmByTypingName } from '../prompts';
import { defineCommand } from '../definition';

export const restoreBackup: CommandHandler = async (ctx, arg) => {
  const row = await pickRow(ctx, arg, 'backup');
  if (!row) return undefined;
  const target = await serverFor(ctx, row, 'restoreBackup');
  if (!target) return undefined;
  const disc = row.parent.parent.disc;
  const backup = row.backup;
  const when = backupDate(backup.created_at) ?? backup.label;
  const ok = await confirmByTypingName(
    ctx.ui,
    disc.label,
    l10n.t('Restore {0} of {1} from {2}', disc.label, target.fullName, when),
    l10n.t('Everything on {0} is replaced by the backup of {1}; what was written since is lost. Type {0} to confirm.', disc.label, when),
  );
  if (!ok) return undefined;
  return runDetail(ctx, target, {
    title: l10n.t('Restoring {0} of {1} from {2}', disc.label, target.fullName, when),
    what: l10n.t('restore {0} of {1} from backup {2}', disc.label, target.fullName, backup.label),
    done: l10n.t('Restored {0} of {1} from the backup of {2}. Start the server when you are ready.', disc.label, target.fullName, when),
    announce: true,
    busy: { row: row.parent.parent, label: l10n.t('Restoring…') },
    call: (brain, signal) => brain.backups.restore({ ...target.ref, disc: disc.id }, backup.id, { signal }),
  });
};

export const definition = defineCommand({
  id: 'bigv.restoreBackup',
  title: 'Restore Backup',
  icon: 'discard',
  rows: [
    { kinds: ['backup'], menu: '1_backup@1', inline: 1 },
  ],
  writes: true,
  run: restoreBackup,
});
