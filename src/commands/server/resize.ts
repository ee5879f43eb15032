// Resize…: cores and memory, starting from the current values. Adding applies while the server
// runs; taking away needs it powered off, so that is offered as ONE action, "Shut Down, Resize
// and Start", under one progress notification, rather than as the API's refusal.
import * as l10n from '@vscode/l10n';
import type { PowerOffMethod } from '../../model/operations/power';
import { resizeServer } from '../../model/operations/resize';
import type { MachineSize } from '../../model/names';
import { BACK } from '../../interaction/port';
import { succeeded, type CommandHandler } from '../context';
import { askPowerOffFirst } from '../powerOffFirst';
import { explainForbidden, serverAdmin } from '../privilege';
import { askSize, sizeText } from './sizePrompts';
import { defineCommand } from '../definition';

export const resize: CommandHandler = async (ctx, arg) => {
  const target = await ctx.resolveServer(arg, { action: 'resize', placeHolder: l10n.t('Select a server to resize') });
  if (!target) return undefined;
  const name = target.fullName;
  const current: MachineSize = { cores: target.vm.cores, memory: target.vm.memory };
  const size = await askSize(ctx.ui, { title: l10n.t('Resize {0}: now {1}', name, sizeText(current)) }, current, l10n.t('Select the new size (now {0})', sizeText(current)));
  if (size === undefined || size === BACK) return undefined;
  if (size.cores === current.cores && size.memory === current.memory) {
    ctx.ui.flash(l10n.t('{0} already has {1}.', name, sizeText(size)));
    return undefined;
  }
  const shrinks = size.cores < current.cores || size.memory < current.memory;
  let cycle: PowerOffMethod | undefined;
  if (shrinks && target.vm.power_on) {
    cycle = await askPowerOffFirst(ctx.ui, {
      message: l10n.t('{0} must be powered off to get fewer cores or less memory.', name),
      detail: l10n.t('Shut Down asks its operating system to shut down cleanly (which can take a minute), then resizes it to {0} and starts it again. Stop cuts the power at once instead.', sizeText(size)),
      shutDown: l10n.t('Shut Down, Resize and Start'),
      stop: l10n.t('Stop, Resize and Start'),
    });
    if (cycle === undefined) return undefined;
  }
  const outcomes = await ctx.run([target], {
    action: 'resize',
    title: (t) => l10n.t('Resizing {0} to {1}', t.fullName, sizeText(size)),
    done: (t) => l10n.t('Resized {0} to {1}.', t.fullName, sizeText(size)),
    call: async (brain, t, signal) => {
      try {
        await resizeServer(brain, t.ref, size, {
          ...(cycle ? { powerOff: cycle } : {}),
          signal,
          // The wait ends the poll that showed "Resizing…"; show it again until the server is back.
          waitUntilOff: async () => ctx.showNewServer(await ctx.waitFor(t, (vm) => !vm.power_on, signal), 'resizing'),
          onStep: (step) => ctx.log.info(`Resize ${t.fullName}: ${step === 'powering-off' ? `powering off (${cycle}) first` : 'starting it again'}`),
        });
      } catch (err) {
        throw explainForbidden(err, serverAdmin(t.fullName));
      }
    },
  });
  return succeeded(outcomes);
};

export const definition = defineCommand({
  id: 'bigv.resize',
  title: 'Resize…',
  icon: 'arrow-both',
  rows: [
    { kinds: ['server'], menu: '6_change@1' },
  ],
  writes: true,
  run: resize,
});
