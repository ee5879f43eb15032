// Boot Normally: out of the rescue system, back to the server's own disc. The appliance was
// asked for with `permanent: false`, so one power cycle without it is all it takes.
import * as l10n from '@vscode/l10n';
import { startNormally } from '../../model/operations/rescue';
import { succeeded, type CommandHandler } from '../context';
import { defineCommand } from '../definition';
import { askPowerOffFirst } from '../powerOffFirst';
import { explainForbidden, serverAdmin } from '../privilege';

export const bootNormally: CommandHandler = async (ctx, arg) => {
  const target = await ctx.resolveServer(arg, { action: 'bootNormally', placeHolder: l10n.t('Select a server in the rescue system to boot normally') });
  if (!target) return undefined;
  const powerOff = await askPowerOffFirst(ctx.ui, {
    message: l10n.t('Boot {0} normally?', target.fullName),
    detail: l10n.t('The rescue system is shut down and the server starts from its own disc again. Unmount what you mounted first; Stop cuts the power at once instead.'),
    shutDown: l10n.t('Shut Down and Boot Normally'),
    stop: l10n.t('Stop and Boot Normally'),
  });
  if (powerOff === undefined) return undefined;
  const outcomes = await ctx.run([target], {
    action: 'bootNormally',
    title: (t) => l10n.t('Booting {0} normally', t.fullName),
    done: (t) => l10n.t('{0} is running its own system again.', t.fullName),
    call: async (brain, t, signal) => {
      try {
        await startNormally(brain, t.ref, { powerOff, signal, waitUntilOff: async () => ctx.showNewServer(await ctx.waitFor(t, (vm) => !vm.power_on, signal), 'restarting') });
      } catch (err) {
        throw explainForbidden(err, serverAdmin(t.fullName));
      }
    },
  });
  return succeeded(outcomes);
};

export const definition = defineCommand({
  id: 'bigv.bootNormally',
  title: 'Boot Normally',
  icon: 'vm-running',
  rows: [
    { kinds: ['server'], menu: '1_power@7' },
  ],
  writes: true,
  run: bootNormally,
});
