import * as l10n from '@vscode/l10n';
import { startServer } from '../../model/operations/power';
import type { ActionSpec } from '../../estate/actions';
import { confirmMany } from '../bulk';
import { succeeded, type CommandHandler } from '../context';

export const startSpec: ActionSpec = {
  action: 'start',
  title: (t) => l10n.t('Starting {0}', t.fullName),
  done: (t) => l10n.t('Started {0}.', t.fullName),
  call: (brain, t, signal) => startServer(brain, t.ref, { signal }),
};

export const start: CommandHandler = async (ctx, arg, selection) => {
  const r = await ctx.resolveServers(arg, selection, { action: 'start', placeHolder: l10n.t('Select powered-off servers to start') });
  if (!r || !(await confirmMany(ctx.ui, r, (n) => l10n.t('Start {0} servers?', n), l10n.t('Start')))) return undefined;
  return succeeded(await ctx.run(r.targets, startSpec));
};
