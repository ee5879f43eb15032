import * as l10n from '@vscode/l10n';
import type { CommandHandler } from '../context';

// Stopped servers are allowed: the tab shows the screen from the first frame after a start.
export const openGraphicalConsole: CommandHandler = async (ctx, arg) => {
  const target = await ctx.resolveServer(arg, { action: 'openGraphicalConsole', placeHolder: l10n.t('Select a server to see its screen') });
  return target ? ctx.features.openGraphicalConsole(target) : undefined;
};
