import * as l10n from '@vscode/l10n';
import { startServer } from '../../model/operations/power';
import type { ActionSpec } from '../../estate/actions';
import { confirmAndRun } from '../bulk';
import type { CommandHandler } from '../context';
import { defineCommand } from '../definition';

export const startSpec: ActionSpec = {
  action: 'start',
  title: (t) => l10n.t('Starting {0}', t.fullName),
  titleMany: (n) => l10n.t('Starting {0} servers', n),
  done: (t) => l10n.t('Started {0}.', t.fullName),
  call: (brain, t, signal) => startServer(brain, t.ref, { signal }),
};

export const start: CommandHandler = async (ctx, arg, selection) => {
  const r = await ctx.resolveServers(arg, selection, { action: 'start', placeHolder: l10n.t('Select powered-off servers to start') });
  return r ? confirmAndRun(ctx, r, startSpec, { question: (n) => l10n.t('Start {0} servers?', n), button: l10n.t('Start') }) : undefined;
};

export const definition = defineCommand({
  id: 'bigv.start',
  title: 'Start Server',
  icon: 'debug-start',
  rows: [
    { kinds: ['server'], menu: '1_power@1', inline: 1 },
  ],
  many: true,
  writes: true,
  run: start,
});
