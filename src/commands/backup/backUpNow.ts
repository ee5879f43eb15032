// Back Up Now: a snapshot of the disc into cold storage, beside any scheduled ones.
import * as l10n from '@vscode/l10n';
import type { CommandHandler } from '../context';
import { pickRow, runDetail, serverFor } from '../detailActions';
import { defineCommand } from '../definition';

export const backUpNow: CommandHandler = async (ctx, arg) => {
  const row = await pickRow(ctx, arg, 'disc');
  if (!row) return undefined;
  const target = await serverFor(ctx, row, 'backUpNow');
  if (!target) return undefined;
  const disc = row.disc;
  return runDetail(ctx, target, {
    title: l10n.t('Backing up {0} of {1}', disc.label, target.fullName),
    what: l10n.t('back up {0} of {1}', disc.label, target.fullName),
    done: l10n.t('Backed up {0} of {1}.', disc.label, target.fullName),
    busy: { row, label: l10n.t('Backing up…') },
    call: (brain, signal) => brain.backups.create({ ...target.ref, disc: disc.id }, { signal }),
  });
};

export const definition = defineCommand({
  id: 'bigv.backUpNow',
  title: 'Back Up Now',
  icon: 'archive',
  rows: [
    { kinds: ['disc'], menu: '2_backup@1', inline: 1 },
  ],
  writes: true,
  run: backUpNow,
});
