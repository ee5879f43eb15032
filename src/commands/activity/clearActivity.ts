// Clear Activity: forgets the window's Activity log (every profile's entries), after asking.
import * as l10n from '@vscode/l10n';
import type { CommandHandler } from '../context';
import { defineCommand } from '../definition';

export const clearActivity: CommandHandler = async (ctx) => {
  const n = ctx.activity.entries().length;
  if (n === 0) return undefined;
  const button = l10n.t('Clear');
  const message = n === 1 ? l10n.t('Clear the Activity log (1 entry)?') : l10n.t('Clear the Activity log ({0} entries)?', n);
  if ((await ctx.ui.ask(message, l10n.t('Its changes stay made; only the record of them goes, and with it their Undo.'), [button])) !== button) return undefined;
  ctx.activity.clear();
  return true;
};

export const definition = defineCommand({
  id: 'bigv.clearActivity',
  title: 'Clear Activity',
  icon: 'clear-all',
  palette: 'always',
  titleBar: [
    { view: 'activity', group: 'navigation@3' },
  ],
  route: 'window',
  writes: false,
  run: clearActivity,
});
