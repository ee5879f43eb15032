// Move Disc to Server…: a data disc to another stopped server (the root disc stays).
import * as l10n from '@vscode/l10n';
import { canSub } from '../../model/discState';
import type { CommandHandler } from '../context';
import { pickRow, runDetail, serverFor } from '../detailActions';
import { confirm } from '../prompts';
import { defineCommand } from '../definition';

export const moveDisc: CommandHandler = async (ctx, arg) => {
  const row = await pickRow(ctx, arg, 'disc');
  if (!row) return undefined;
  const target = await serverFor(ctx, row, 'moveDisc', { root: row.root });
  if (!target) return undefined;
  const disc = row.disc;
  // Another powered-off server the user can see; the brain checks their privileges on it.
  const others = (await ctx.view.allServers())?.filter((t) => t.vm.id !== target.vm.id && !t.vm.deleted && canSub('moveDisc', t.vm, t.pending)) ?? [];
  if (others.length === 0) {
    void ctx.ui.notify('info', l10n.t('No other powered-off server to move {0} to. Both servers must be powered off.', disc.label));
    return undefined;
  }
  const picked = await ctx.ui.pick(others.map((t) => ({ label: t.vm.name, description: `${t.groupName}.${t.accountName}`, t })), {
    title: l10n.t('Move {0} of {1}', disc.label, target.fullName),
    placeHolder: l10n.t('Select the powered-off server to move the disc to'),
    matchOnDescription: true,
  });
  if (!picked) return undefined;
  const to = picked.t;
  if (!(await confirm(ctx.ui, l10n.t('Move {0} from {1} to {2}?', disc.label, target.fullName, to.fullName), l10n.t('The disc and its data leave {0}. Both servers must stay powered off until it is done.', target.fullName), l10n.t('Move')))) return undefined;
  const ok = await runDetail(ctx, target, {
    title: l10n.t('Moving {0} from {1} to {2}', disc.label, target.fullName, to.fullName),
    what: l10n.t('move {0} from {1} to {2}', disc.label, target.fullName, to.fullName),
    done: l10n.t('Moved {0} to {1}.', disc.label, to.fullName),
    busy: { row, label: l10n.t('Moving…') },
    call: (brain, signal) => brain.discs.move({ ...target.ref, disc: disc.id }, to.vm.id, { signal }),
  });
  if (ok) await ctx.refreshServer(to);
  return ok;
};

export const definition = defineCommand({
  id: 'bigv.moveDisc',
  title: 'Move Disc to Server…',
  icon: 'arrow-right',
  rows: [
    { kinds: ['disc'], menu: '1_disc@2' },
  ],
  writes: true,
  run: moveDisc,
});
