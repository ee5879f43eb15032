// Undelete (`PUT {"deleted": false}`), possible only for a while after deletion.
import * as l10n from '@vscode/l10n';
import type { ActionSpec } from '../../estate/actions';
import { confirmAndRun } from '../bulk';
import type { CommandContext, CommandHandler } from '../context';
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
    const hidden = await deletedCount(ctx);
    if (hidden === undefined) return undefined;
    // Asked only when there is something to show: never "show them?" for none.
    if (hidden === 0) return void ctx.ui.notify('info', l10n.t('You have no deleted servers to restore.'));
    const show = l10n.t('Show Deleted Servers');
    const message = hidden === 1 ? l10n.t('1 deleted server is hidden. Show deleted servers to choose it?') : l10n.t('{0} deleted servers are hidden. Show deleted servers to choose one?', hidden);
    if ((await ctx.ui.notify('info', message, show)) !== show) return undefined;
    await ctx.view.setShowDeleted(true);
  }
  const r = await ctx.resolveServers(arg, selection, { action: 'restore', placeHolder: l10n.t('Select deleted servers to restore') });
  return r ? confirmAndRun(ctx, r, restoreSpec, { question: (n) => l10n.t('Restore {0} servers?', n), button: l10n.t('Restore') }) : undefined;
};

/** How many deleted servers the user can see (one overview read); undefined when it could not be read (said). */
async function deletedCount(ctx: CommandContext): Promise<number | undefined> {
  const brain = await ctx.brain();
  if (!brain) return undefined;
  try {
    const { accounts } = await brain.getOverview({ includeDeleted: true });
    return accounts.reduce((n, a) => n + (a.groups ?? []).reduce((m, g) => m + (g.virtual_machines ?? []).filter((vm) => vm.deleted).length, 0), 0);
  } catch (err) {
    ctx.reportError(l10n.t('look for deleted servers'), err);
    return undefined;
  }
}

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
