import * as l10n from '@vscode/l10n';
import { consoleKeyCheck } from '../account/consoleKeyCheck';
import type { CommandHandler } from '../context';

// Stopped servers are allowed: the console shows the boot from the first line after a start.
export const openConsole: CommandHandler = async (ctx, arg) => {
  const target = await ctx.resolveServer(arg, { action: 'openConsole', placeHolder: l10n.t('Select a server to open its serial console') });
  if (!target || !(await consoleKeyCheck(ctx))) return undefined;
  return ctx.features.openConsole(target);
};
