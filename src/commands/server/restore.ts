// Undelete (`PUT {"deleted": false}`), possible only for a while after deletion.
import * as l10n from '@vscode/l10n';
import type { ActionSpec } from '../../estate/actions';
import { confirmMany } from '../bulk';
import { succeeded, type CommandHandler } from '../context';

export const restoreSpec: ActionSpec = {
  action: 'restore',
  title: (t) => l10n.t('Restoring {0}', t.fullName),
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
  if (!r || !(await confirmMany(ctx.ui, r, (n) => l10n.t('Restore {0} servers?', n), l10n.t('Restore')))) return undefined;
  return succeeded(await ctx.run(r.targets, restoreSpec));
};
