// Resize Disc…: grow only (the brain refuses to shrink); the guest sees the new size after a restart.
import * as l10n from '@vscode/l10n';
import { discSizeProblem } from '../../model/discInput';
import { formatDiscSize } from '../../model/format';
import type { CommandHandler } from '../context';
import { pickRow, runDetail, serverFor } from '../detailActions';
import { defineCommand } from '../definition';

export const resizeDisc: CommandHandler = async (ctx, arg) => {
  const row = await pickRow(ctx, arg, 'disc');
  if (!row) return undefined;
  const target = await serverFor(ctx, row, 'resizeDisc');
  if (!target) return undefined;
  const disc = (target.vm.discs ?? []).find((d) => d.id === row.disc.id) ?? row.disc;
  const current = Math.ceil(disc.size / 1024);
  const size = await ctx.ui.input({
    title: l10n.t('Resize {0} of {1}', disc.label, target.fullName),
    prompt: l10n.t('New size in GiB (now {0}; discs can only grow; the server sees it after a restart)', formatDiscSize(disc.size)),
    value: String(current + 1),
    validate: (v) => discSizeProblem(v, current + 1),
  });
  if (size === undefined) return undefined;
  const mib = Number(size.trim()) * 1024;
  return runDetail(ctx, target, {
    title: l10n.t('Resizing {0} of {1} to {2}', disc.label, target.fullName, formatDiscSize(mib)),
    what: l10n.t('resize {0} of {1}', disc.label, target.fullName),
    done: l10n.t('Resized {0} of {1} to {2}. Restart the server to use the new space.', disc.label, target.fullName, formatDiscSize(mib)),
    announce: true,
    busy: { row, label: l10n.t('Resizing…') },
    call: (brain, signal) => brain.discs.resize({ ...target.ref, disc: disc.id }, mib, { signal }),
  });
};

export const definition = defineCommand({
  id: 'bigv.resizeDisc',
  title: 'Resize Disc…',
  icon: 'arrow-both',
  rows: [
    { kinds: ['disc'], menu: '1_disc@1' },
  ],
  writes: true,
  run: resizeDisc,
});
