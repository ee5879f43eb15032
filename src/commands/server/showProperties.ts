import * as l10n from '@vscode/l10n';
import type { CommandHandler } from '../context';

export const showProperties: CommandHandler = async (ctx, arg) => {
  const target = await ctx.resolveServer(arg, { action: 'showProperties', placeHolder: l10n.t('Select a server to show its properties') });
  return target ? ctx.features.showProperties(target) : undefined;
};
