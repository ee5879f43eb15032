import * as l10n from '@vscode/l10n';
import { consoleKeyCheck } from '../account/consoleKeyCheck';
import type { CommandHandler } from '../context';
import { defineCommand } from '../definition';

// Stopped servers are allowed: the console shows the boot from the first line after a start.
export const openConsole: CommandHandler = async (ctx, arg) => {
  const target = await ctx.resolveServer(arg, { action: 'openConsole', placeHolder: l10n.t('Select a server to open its serial console') });
  if (!target || !(await consoleKeyCheck(ctx))) return undefined;
  return ctx.features.openConsole(target);
};

export const definition = defineCommand({
  id: 'bigv.openConsole',
  title: 'Open Serial Console',
  icon: 'terminal',
  rows: [
    { kinds: ['server'], menu: '3_connect@1', inline: 2 },
  ],
  writes: false,
  run: openConsole,
});
