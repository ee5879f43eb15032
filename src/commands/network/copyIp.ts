// Copy (an address row): the address to the clipboard.
import * as l10n from '@vscode/l10n';
import type { CommandHandler } from '../context';
import { pickRow } from '../detailActions';
import { defineCommand } from '../definition';

export const copyIp: CommandHandler = async (ctx, arg) => {
  const row = await pickRow(ctx, arg, 'ip');
  if (!row) return undefined;
  await ctx.ui.copy(row.ip);
  ctx.ui.flash(l10n.t('$(check) Copied {0}', row.ip));
  return row.ip;
};

export const definition = defineCommand({
  id: 'bigv.copyIp',
  title: 'Copy Address',
  icon: 'copy',
  rows: [
    { kinds: ['ip'], menu: '1_copy@1', inline: 1 },
  ],
  writes: false,
  run: copyIp,
});
