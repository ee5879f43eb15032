import * as l10n from '@vscode/l10n';
import type { CommandHandler } from '../context';
import { defineCommand } from '../definition';

// Stopped servers are allowed: the tab shows the screen from the first frame after a start.
export const openGraphicalConsole: CommandHandler = async (ctx, arg) => {
  const target = await ctx.resolveServer(arg, { action: 'openGraphicalConsole', placeHolder: l10n.t('Select a server to see its screen') });
  return target ? ctx.features.openGraphicalConsole(target) : undefined;
};

export const definition = defineCommand({
  id: 'bigv.openGraphicalConsole',
  title: 'Open Graphical Console',
  icon: 'device-desktop',
  rows: [
    { kinds: ['server'], menu: '3_connect@2' },
  ],
  writes: false,
  run: openGraphicalConsole,
});
