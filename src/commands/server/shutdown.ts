// ACPI shutdown: the operating system shuts down cleanly, in its own time. The tree shows
// "shutting down" until the brain reports the server off.
import * as l10n from '@vscode/l10n';
import { shutdownServer } from '../../model/operations/power';
import type { ActionSpec } from '../../estate/actions';
import { confirmAndRun } from '../bulk';
import type { CommandHandler } from '../context';
import { defineCommand } from '../definition';

export const shutdownSpec: ActionSpec = {
  action: 'shutdown',
  title: (t) => l10n.t('Shutting down {0}', t.fullName),
  titleMany: (n) => l10n.t('Shutting down {0} servers', n),
  done: (t) => l10n.t('Shut down {0}.', t.fullName),
  call: (brain, t, signal) => shutdownServer(brain, t.ref, { signal }),
};

export const shutdown: CommandHandler = async (ctx, arg, selection) => {
  const r = await ctx.resolveServers(arg, selection, { action: 'shutdown', placeHolder: l10n.t('Select running servers to shut down') });
  return r ? confirmAndRun(ctx, r, shutdownSpec, { question: (n) => l10n.t('Shut down {0} servers?', n), button: l10n.t('Shut Down') }) : undefined;
};

export const definition = defineCommand({
  id: 'bigv.shutdown',
  title: 'Shut Down Server',
  icon: 'debug-disconnect',
  rows: [
    { kinds: ['server'], menu: '1_power@2' },
  ],
  many: true,
  writes: true,
  run: shutdown,
});
