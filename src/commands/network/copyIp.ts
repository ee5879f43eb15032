// Copy (an address row): the address to the clipboard.
import * as l10n from '@vscode/l10n';
import type { CommandHandler } from '../context';
import { pickRow } from '../detailActions';

export const copyIp: CommandHandler = async (ctx, arg) => {
  const row = await pickRow(ctx, arg, 'ip');
  if (!row) return undefined;
  await ctx.ui.copy(row.ip);
  ctx.ui.flash(l10n.t('$(check) Copied {0}', row.ip));
  return row.ip;
};
