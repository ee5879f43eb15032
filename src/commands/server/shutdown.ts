// ACPI shutdown: the operating system shuts down cleanly, in its own time. The tree shows
// "shutting down" until the brain reports the server off.
import * as l10n from '@vscode/l10n';
import { shutdownServer } from '../../model/operations/power';
import type { ActionSpec } from '../../estate/actions';
import { confirmAndRun } from '../bulk';
import type { CommandHandler } from '../context';

export const shutdownSpec: ActionSpec = {
  action: 'shutdown',
  title: (t) => l10n.t('Shutting down {0}', t.fullName),
  done: (t) => l10n.t('Shut down {0}.', t.fullName),
  call: (brain, t, signal) => shutdownServer(brain, t.ref, { signal }),
};

export const shutdown: CommandHandler = async (ctx, arg, selection) => {
  const r = await ctx.resolveServers(arg, selection, { action: 'shutdown', placeHolder: l10n.t('Select running servers to shut down') });
  return r ? confirmAndRun(ctx, r, shutdownSpec, { question: (n) => l10n.t('Shut down {0} servers?', n), button: l10n.t('Shut Down') }) : undefined;
};
