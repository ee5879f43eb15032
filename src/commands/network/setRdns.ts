// Set Reverse DNS…: the host name an address resolves back to (empty goes back to Bytemark's default).
import * as l10n from '@vscode/l10n';
import type { UndoStep } from '../../model/undoSteps';
import { hostnameProblem } from '../../model/discInput';
import type { CommandHandler } from '../context';
import { pickRow, runDetail, serverFor } from '../detailActions';
import { defineCommand } from '../definition';

export const setRdns: CommandHandler = async (ctx, arg) => {
  const row = await pickRow(ctx, arg, 'ip');
  if (!row) return undefined;
  const target = await serverFor(ctx, row, 'setRdns', { extra: row.family === 'extra' });
  if (!target) return undefined;
  const current = row.parent.rdns?.get(row.ip) ?? '';
  const typed = await ctx.ui.input({
    title: l10n.t('Reverse DNS of {0}', row.ip),
    prompt: l10n.t('The host name {0} resolves back to (empty: Bytemark\'s default). Its forward DNS should point here too.', row.ip),
    value: current,
    placeHolder: 'www.example.com',
    validate: hostnameProblem,
  });
  if (typed === undefined) return undefined;
  const host = typed.trim().replace(/\.$/, '');
  if (host === current) return undefined;
  // Undone only to what was known: before the addresses' reverse DNS is read, there is nothing to go back to.
  const known = row.parent.rdns;
  const undo: UndoStep | undefined = known?.has(row.ip) ? { kind: 'rdns', ip: row.ip, rdns: known.get(row.ip) ?? null } : undefined;
  return runDetail(ctx, target, {
    title: l10n.t('Setting the reverse DNS of {0}', row.ip),
    what: l10n.t('set the reverse DNS of {0}', row.ip),
    done: host ? l10n.t('{0} now resolves back to {1}.', row.ip, host) : l10n.t('{0} has Bytemark\'s default reverse DNS again.', row.ip),
    busy: { row, label: l10n.t('Setting reverse DNS…') },
    call: (brain, signal) => brain.network.setRdns(row.ip, host === '' ? null : host, { signal }),
    undo: () => undo,
  });
};

export const definition = defineCommand({
  id: 'bigv.setRdns',
  title: 'Set Reverse DNS…',
  icon: 'edit',
  rows: [
    { kinds: ['ip'], menu: '2_rdns@1', inline: 1 },
  ],
  writes: true,
  run: setRdns,
});
