// The API's reboot: power off with autoreboot on, and the brain powers it on again. Like a
// reset it is not graceful, but it starts a fresh process, so changed cores/memory take effect.
import * as l10n from '@vscode/l10n';
import { restartServer } from '../../model/operations/power';
import type { ActionSpec } from '../../estate/actions';
import { confirmAndRun } from '../bulk';
import type { CommandHandler } from '../context';
import { defineCommand } from '../definition';

export const restartSpec: ActionSpec = {
  action: 'restart',
  title: (t) => l10n.t('Restarting {0}', t.fullName),
  titleMany: (n) => l10n.t('Restarting {0} servers', n),
  done: (t) => l10n.t('Restarted {0}.', t.fullName),
  call: (brain, t, signal) => restartServer(brain, t.ref, { signal }),
};

export const restart: CommandHandler = async (ctx, arg, selection) => {
  const r = await ctx.resolveServers(arg, selection, { action: 'restart', placeHolder: l10n.t('Select running servers to restart') });
  return r ? confirmAndRun(ctx, r, restartSpec, { question: (n) => l10n.t('Restart {0} servers?', n), button: l10n.t('Restart') }) : undefined;
};

export const definition = defineCommand({
  id: 'bigv.restart',
  title: 'Restart Server',
  icon: 'debug-restart',
  rows: [
    { kinds: ['server'], menu: '1_power@3', inline: 3 },
  ],
  many: true,
  writes: true,
  run: restart,
});
