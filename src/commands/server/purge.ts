// Purge destroys a deleted server for good (discs, IP addresses, name). The state model offers
// it only once a server is deleted, so a live server is never one click from destruction; and
// nothing can bring it back, so the user types its name rather than clicking a button.
import * as l10n from '@vscode/l10n';
import type { ActionSpec } from '../../estate/actions';
import { succeeded, type CommandHandler } from '../context';
import { confirmByTypingName } from '../prompts';
import { defineCommand } from '../definition';

export const purgeSpec: ActionSpec = {
  action: 'purge',
  title: (t) => l10n.t('Purging {0}', t.fullName),
  done: (t) => l10n.t('Purged {0}.', t.fullName),
  announce: true,
  call: (brain, t, signal) => brain.deleteServer(t.ref, { purge: true }, { signal }),
  removed: true,
};

export const purge: CommandHandler = async (ctx, arg) => {
  const target = await ctx.resolveServer(arg, { action: 'purge', placeHolder: l10n.t('Select a deleted server to purge (destroy permanently)') });
  if (!target) return undefined;
  const confirmed = await confirmByTypingName(
    ctx.ui,
    target.vm.name,
    l10n.t('Purge {0}', target.fullName),
    l10n.t(
      'Purging destroys {0} permanently: its discs and all their data are erased and its IP addresses released. It cannot be restored. Type {1} to confirm.',
      target.fullName,
      target.vm.name,
    ),
  );
  return confirmed ? succeeded(await ctx.run([target], purgeSpec)) : undefined;
};

export const definition = defineCommand({
  id: 'bigv.purge',
  title: 'Purge Server…',
  icon: 'close-all',
  rows: [
    { kinds: ['server'], menu: '9_danger@3' },
  ],
  writes: true,
  run: purge,
});
