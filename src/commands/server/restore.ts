// Undelete (`PUT {"deleted": false}`), possible only for a while after deletion.
import * as l10n from '@vscode/l10n';
import type { ActionSpec } from '../../estate/actions';
import { confirmAndRun } from '../bulk';
import type { CommandHandler } from '../context';
import { defineCommand } from '../definition';

export const restoreSpec: ActionSpec = {
  action: 'restore',
  title: (t) => l10n.t('Restoring {0}', t.fullName),
  titleMany: (n) => l10n.t('Restoring {0} servers', n),
  done: (t) => l10n.t('Restored {0}. It stays powered off until you start it.', t.fullName),
  announce: true,
  call: (brain, t, signal) => brain.undeleteServer(t.ref, { signal }),
};

export const restore: CommandHandler = async (ctx, arg, selection) => {
  // From the palette the pick list can only offer deleted servers if the tree has loaded them.
  if (arg === undefined && !ctx.view.showDeleted) {
    const show = l10n.t('Show Deleted Servers');
    const choice = await ctx.ui.notify('info', l10n.t('Deleted servers are hidden. Show them to choose one to restore?'), show);
    if (choice !== show) return undefined;
    await ctx.view.setShowDeleted(true);
  }
  const r = await ctx.resolveServers(arg, selection, { action: 'restore', placeHolder: l10n.t('Select deleted servers to restore') });
  return r ? confirmAndRun(ctx, r, restoreSpec, { question: (n) => l10n.t('Restore {0} servers?', n), button: l10n.t('Restore') }) : undefined;
};

export const definition = defineCommand({
  id: 'bigv.restore',
  title: 'Restore Server',
  icon: 'discard',
  rows: [
    { kinds: ['server'], menu: '1_power@5', inline: 1 },
  ],
  many: true,
  writes: true,
  run: restore,
});
