// Hard power off. Asks first, and offers the clean ACPI shutdown instead, because "Stop" is the
// button people reach for and it is the one that can lose data.
import * as l10n from '@vscode/l10n';
import { stopServer } from '../../model/operations/power';
import { can } from '../../model/serverState';
import type { ActionSpec } from '../../estate/actions';
import { confirmAndRun, isMany } from '../bulk';
import { succeeded, type CommandHandler } from '../context';
import { shutdownSpec } from './shutdown';
import { defineCommand } from '../definition';

export const stopSpec: ActionSpec = {
  action: 'stop',
  title: (t) => l10n.t('Stopping {0}', t.fullName),
  titleMany: (n) => l10n.t('Stopping {0} servers', n),
  done: (t) => l10n.t('Stopped {0}.', t.fullName),
  call: (brain, t, signal) => stopServer(brain, t.ref, { signal }),
};

export const stop: CommandHandler = async (ctx, arg, selection) => {
  const r = await ctx.resolveServers(arg, selection, { action: 'stop', placeHolder: l10n.t('Select servers to stop') });
  if (!r) return undefined;
  if (isMany(r)) {
    const warning = l10n.t('This cuts the power at once, like pulling the plug: anything not yet written to disc is lost.');
    return confirmAndRun(ctx, r, stopSpec, { question: (n) => l10n.t('Stop {0} servers?', n), button: l10n.t('Stop'), warning });
  }
  const target = r.targets[0]!;
  const stopButton = l10n.t('Stop');
  const shutDownButton = l10n.t('Shut Down Instead');
  const choice = await ctx.ui.ask(
    l10n.t('Stop {0}?', target.fullName),
    l10n.t('This cuts the power at once, like pulling the plug: anything not yet written to disc is lost. Shut Down asks the operating system to shut down cleanly instead.'),
    // A clean shutdown needs a running guest to signal; while it is booting or changing, only Stop.
    can('shutdown', target.vm, target.pending) ? [stopButton, shutDownButton] : [stopButton],
  );
  if (choice === shutDownButton) return succeeded(await ctx.run([target], shutdownSpec));
  if (choice !== stopButton) return undefined;
  return succeeded(await ctx.run([target], stopSpec));
};

export const definition = defineCommand({
  id: 'bigv.stop',
  title: 'Stop Server (Power Off)',
  icon: 'debug-stop',
  rows: [
    { kinds: ['server'], menu: '1_power@4', inline: 4 },
  ],
  many: true,
  writes: true,
  run: stop,
});
