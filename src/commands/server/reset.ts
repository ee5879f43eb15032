// Reset is the reset button: an instant reboot in the same QEMU process, so (unlike Restart)
// changed cores or memory do not take effect. Asks first because the guest gets no warning.
import * as l10n from '@vscode/l10n';
import { resetServer } from '../../model/operations/power';
import type { ActionSpec } from '../../estate/actions';
import { confirmAndRun, isMany } from '../bulk';
import { succeeded, type CommandHandler } from '../context';
import { confirm } from '../prompts';
import { defineCommand } from '../definition';

export const resetSpec: ActionSpec = {
  action: 'reset',
  title: (t) => l10n.t('Resetting {0}', t.fullName),
  titleMany: (n) => l10n.t('Resetting {0} servers', n),
  done: (t) => l10n.t('Reset {0}.', t.fullName),
  call: (brain, t, signal) => resetServer(brain, t.ref, { signal }),
};

export const reset: CommandHandler = async (ctx, arg, selection) => {
  const r = await ctx.resolveServers(arg, selection, { action: 'reset', placeHolder: l10n.t('Select running servers to reset') });
  if (!r) return undefined;
  if (isMany(r)) {
    const warning = l10n.t('Each reboots at once, like pressing the reset button: the operating system is not warned and unsaved data is lost.');
    return confirmAndRun(ctx, r, resetSpec, { question: (n) => l10n.t('Reset {0} servers?', n), button: l10n.t('Reset'), warning });
  }
  const target = r.targets[0]!;
  const confirmed = await confirm(
    ctx.ui,
    l10n.t('Reset {0}?', target.fullName),
    l10n.t('This reboots it at once, like pressing the reset button: the operating system is not warned and unsaved data is lost. Changes to cores or memory need Restart instead.'),
    l10n.t('Reset'),
  );
  return confirmed ? succeeded(await ctx.run([target], resetSpec)) : undefined;
};

export const definition = defineCommand({
  id: 'bigv.reset',
  title: 'Reset Server',
  icon: 'debug-rerun',
  rows: [
    { kinds: ['server'], menu: '2_signals@1' },
  ],
  many: true,
  writes: true,
  run: reset,
});
