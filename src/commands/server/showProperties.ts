import * as l10n from '@vscode/l10n';
import type { CommandHandler } from '../context';
import { defineCommand } from '../definition';

export const showProperties: CommandHandler = async (ctx, arg) => {
  const target = await ctx.resolveServer(arg, { action: 'showProperties', placeHolder: l10n.t('Select a server to show its properties') });
  return target ? ctx.features.showProperties(target) : undefined;
};

export const definition = defineCommand({
  id: 'bigv.showProperties',
  title: 'Show Properties',
  icon: 'info',
  rows: [
    { kinds: ['server'], menu: '5_info@1' },
  ],
  writes: false,
  run: showProperties,
});
