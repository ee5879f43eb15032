// Undelete (`PUT {"deleted": false}`), possible only for a while after deletion.
import * as l10n from '@vscode/l10n';
import type { ActionSpec } from '../../estate/actions';
import { succeeded, type CommandHandler } from '../context';

export const restoreSpec: ActionSpec = {
  action: 'restore',
  title: (t) => l10n.t('Restoring {0}', t.fullName),
  done: (t) => l10n.t('Restored {0}. It stays powered off until you start it.', t.fullName),
  announce: true,
  call: (brain, t, signal) => brain.undeleteServer(t.ref, { signal }),
};

export const restore: CommandHandler = async (ctx, arg) => {
  // From the palette the pick list can only offer deleted servers if the tree has loaded them.
  if (arg === undefined && !ctx.view.showDeleted) {
    const show = l10n.t('Show Deleted Servers');
    const choice = await ctx.ui.notify('info', l10n.t('Deleted servers are hidden. Show them to choose one to restore?'), show);
    if (choice !== show) return undefined;
    await ctx.view.setShowDeleted(true);
  }
  const target = await ctx.resolveServer(arg, { action: 'restore', placeHolder: l10n.t('Select a deleted server to restore') });
  return target ? succeeded(await ctx.run([target], restoreSpec)) : undefined;
};
