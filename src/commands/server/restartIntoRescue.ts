// Restart into Rescue…: the worst moment of a customer's day (a server that no longer boots, a
// lost root password, a full disc). As the CLI's `restart server --rescue`: shut down (or stop a
// server that no longer shuts down), wait until off, start into the rescue appliance; the row
// says so, and the serial console opens where the rescue system's login waits.
import * as l10n from '@vscode/l10n';
import type { PowerOffMethod } from '../../model/operations/power';
import { RESCUE, startIntoAppliance } from '../../model/operations/rescue';
import { consoleKeyCheck } from '../account/consoleKeyCheck';
import { succeeded, type CommandHandler } from '../context';
import { defineCommand } from '../definition';
import { askPowerOffFirst } from '../powerOffFirst';
import { explainForbidden, serverAdmin } from '../privilege';

export const restartIntoRescue: CommandHandler = async (ctx, arg) => {
  const target = await ctx.resolveServer(arg, { action: 'restartIntoRescue', placeHolder: l10n.t('Select a server to restart into the rescue system') });
  if (!target) return undefined;
  const name = target.fullName;
  const detail = l10n.t('It boots the rescue system (a small Linux that runs in memory) instead of its own disc. Its discs are attached but not mounted, so you can check and repair them from the serial console, which opens once it is up. Boot Normally (or any restart) brings back its own system.');
  let powerOff: PowerOffMethod | undefined;
  if (target.vm.power_on) {
    powerOff = await askPowerOffFirst(ctx.ui, {
      message: l10n.t('Restart {0} into the rescue system?', name),
      detail: `${detail}\n\n${l10n.t('Shut Down asks its operating system to shut down cleanly first; Stop cuts the power at once, for a server that no longer shuts down.')}`,
      shutDown: l10n.t('Shut Down and Restart into Rescue'),
      stop: l10n.t('Stop and Restart into Rescue'),
    });
    if (powerOff === undefined) return undefined;
  } else {
    const start = l10n.t('Start into Rescue');
    if ((await ctx.ui.ask(l10n.t('Start {0} into the rescue system?', name), detail, [start])) !== start) return undefined;
  }
  const outcomes = await ctx.run([target], {
    action: 'restartIntoRescue',
    startsAppliance: RESCUE,
    title: (t) => l10n.t('Restarting {0} into the rescue system', t.fullName),
    done: (t) => l10n.t('{0} is running the rescue system: log in on its serial console. Boot Normally returns it to its own disc.', t.fullName),
    announce: true,
    call: async (brain, t, signal) => {
      try {
        await startIntoAppliance(brain, t.ref, RESCUE, {
          ...(powerOff ? { powerOff } : {}),
          signal,
          waitUntilOff: async () => ctx.showNewServer(await ctx.waitFor(t, (vm) => !vm.power_on, signal), 'rescuing'),
          onStep: () => ctx.log.info(`Restart into rescue ${t.fullName}: powering off (${powerOff ?? 'already off'}) first`),
        });
      } catch (err) {
        throw explainForbidden(err, serverAdmin(t.fullName));
      }
    },
  });
  if (!succeeded(outcomes)) return false;
  // The rescue system's login is on the serial console: open it, as the person will want next.
  if (await consoleKeyCheck(ctx)) await ctx.features.openConsole(target);
  return true;
};

export const definition = defineCommand({
  id: 'bigv.restartIntoRescue',
  title: 'Restart into Rescue…',
  icon: 'tools',
  rows: [
    { kinds: ['server'], menu: '1_power@6' },
  ],
  writes: true,
  run: restartIntoRescue,
});
