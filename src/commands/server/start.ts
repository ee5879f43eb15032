import * as l10n from '@vscode/l10n';
import { startServer } from '../../model/operations/power';
import type { ActionSpec } from '../../estate/actions';
import { succeeded, type CommandHandler } from '../context';

export const startSpec: ActionSpec = {
  action: 'start',
  title: (t) => l10n.t('Starting {0}', t.fullName),
  done: (t) => l10n.t('Started {0}.', t.fullName),
  call: (brain, t, signal) => startServer(brain, t.ref, { signal }),
};

export const start: CommandHandler = async (ctx, arg) => {
  const target = await ctx.resolveServer(arg, { action: 'start', placeHolder: l10n.t('Select a powered-off server to start') });
  return target ? succeeded(await ctx.run([target], startSpec)) : undefined;
};
