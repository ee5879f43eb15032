// Delete Disc: gone for good with its data (and its backups), so the user types the label.
import * as l10n from '@vscode/l10n';
import { formatDiscSize } from '../../model/format';
import type { CommandHandler } from '../context';
import { pickRow, runDetail, serverFor } from '../detailActions';
import { confirmByTypingName } from '../prompts';
import { defineCommand } from '../definition';

export const deleteDisc: CommandHandler = async (ctx, arg) => {
  const row = await pickRow(ctx, arg, 'disc');
  if (!row) return undefined;
  const target = await serverFor(ctx, row, 'deleteDisc', { root: row.root });
  if (!target) return undefined;
  const disc = row.disc;
  const warning = row.root
    ? l10n.t('{0} is the root disc of {1}, holding its system: the server will not boot without it. ', disc.label, target.fullName)
    : '';
  const ok = await confirmByTypingName(
    ctx.ui,
    disc.label,
    l10n.t('Delete disc {0} of {1}', disc.label, target.fullName),
    warning + l10n.t('The disc ({0} {1}) and all its data and backups are deleted for good. Type {2} to confirm.', formatDiscSize(disc.size), disc.storage_grade, disc.label),
  );
  if (!ok) return undefined;
  return runDetail(ctx, target, {
    title: l10n.t('Deleting disc {0} of {1}', disc.label, target.fullName),
    what: l10n.t('delete disc {0} of {1}', disc.label, target.fullName),
    done: l10n.t('Deleted disc {0} of {1}.', disc.label, target.fullName),
    announce: true,
    busy: { row, label: l10n.t('Deleting…') },
    call: (brain, signal) => brain.discs.delete({ ...target.ref, disc: disc.id }, { signal }),
  });
};

export const definition = defineCommand({
  id: 'bigv.deleteDisc',
  title: 'Delete Disc',
  icon: 'trash',
  rows: [
    { kinds: ['disc'], menu: '9_danger@1' },
  ],
  writes: true,
  run: deleteDisc,
});
