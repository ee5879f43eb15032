// Remove Extra IP: the address goes back to Bytemark (a primary one goes only with its server).
import * as l10n from '@vscode/l10n';
import type { CommandHandler } from '../context';
import { pickRow, runDetail, serverFor } from '../detailActions';
import { confirm } from '../prompts';
import { defineCommand } from '../definition';

export const removeIp: CommandHandler = async (ctx, arg) => {
  const row = await pickRow(ctx, arg, 'ip');
  if (!row) return undefined;
  const target = await serverFor(ctx, row, 'removeIp', { extra: row.family === 'extra' });
  if (!target) return undefined;
  const yes = await confirm(
    ctx.ui,
    l10n.t('Remove {0} from {1}?', row.ip, target.fullName),
    l10n.t('The address goes back to Bytemark and may be given to someone else; anything still using it stops working.'),
    l10n.t('Remove'),
  );
  if (!yes) return undefined;
  return runDetail(ctx, target, {
    title: l10n.t('Removing {0} from {1}', row.ip, target.fullName),
    what: l10n.t('remove {0} from {1}', row.ip, target.fullName),
    done: l10n.t('Removed {0} from {1}.', row.ip, target.fullName),
    busy: { row, label: l10n.t('Removing…') },
    call: (brain, signal) => brain.network.deleteIp(row.ip, { signal }),
  });
};

export const definition = defineCommand({
  id: 'bigv.removeIp',
  title: 'Remove Extra IP',
  icon: 'trash',
  rows: [
    { kinds: ['ip'], menu: '9_danger@1' },
  ],
  writes: true,
  run: removeIp,
});
