// Reimage: installs a fresh operating system, erasing the server's discs: the image, the root
// password, root's SSH keys and a first-boot script, as the CLI's reimage flags. Every choice is
// gathered first and nothing happens until the user has typed the server's name; only then is
// the server powered off (if needed, by the method they chose) and the reimage sent.
import * as l10n from '@vscode/l10n';
import type { Definitions } from '../../api';
import type { PowerOffMethod } from '../../model/operations/power';
import { reimageServer } from '../../model/operations/reimage';
import { succeeded, type CommandHandler } from '../context';
import { askPowerOffFirst } from '../powerOffFirst';
import { confirmByTypingName } from '../prompts';
import { BACK } from '../../interaction/port';
import { askFirstBootScript } from '../firstBootPrompts';
import { askRootPassword, showRootPassword } from '../serverPrompts';
import { askSshKey } from '../sshKeyPrompts';
import { askDistribution } from './reimagePrompts';
import { defineCommand } from '../definition';

export const reimage: CommandHandler = async (ctx, arg) => {
  const target = await ctx.resolveServer(arg, { action: 'reimage', placeHolder: l10n.t('Select a server to reimage') });
  if (!target) return undefined;
  const name = target.fullName;

  let powerOff: PowerOffMethod | undefined;
  if (target.vm.power_on) {
    powerOff = await askPowerOffFirst(ctx.ui, {
      message: l10n.t('{0} is powered on.', name),
      detail: l10n.t('A server can only be reimaged while it is off. Shut Down asks its operating system to shut down cleanly, which can take a minute; Stop cuts the power at once. Nothing happens until you have confirmed the reimage.'),
      shutDown: l10n.t('Shut Down First'),
      stop: l10n.t('Stop First'),
    });
    if (powerOff === undefined) return undefined;
  }

  let definitions: Definitions;
  try {
    definitions = await ctx.definitions();
  } catch (err) {
    ctx.reportError(l10n.t('load the list of operating system images'), err);
    return undefined;
  }
  const distribution = await askDistribution(ctx.ui, target, definitions);
  if (distribution === undefined) return undefined;
  // No wizard step is given, so neither can answer BACK; the check keeps the types honest.
  const password = await askRootPassword(ctx.ui, { title: l10n.t('Reimage {0} (2/5): root password', name) }, target.vm.name);
  if (password === undefined || password === BACK) return undefined;
  const sshKey = await askSshKey(ctx.ui, { title: l10n.t('Reimage {0} (3/5): SSH keys for root', name) });
  if (sshKey === undefined || sshKey === BACK) return undefined;
  const script = await askFirstBootScript(ctx.ui, { title: l10n.t('Reimage {0} (4/5): first-boot script', name) });
  if (script === undefined || script === BACK) return undefined;
  const confirmed = await confirmByTypingName(
    ctx.ui,
    target.vm.name,
    l10n.t('Reimage {0} (5/5): confirm', name),
    l10n.t('This erases ALL data on the discs of {0} and installs {1}. It cannot be undone. Type {2} to confirm.', name, distribution, target.vm.name),
  );
  if (!confirmed) return undefined;

  const outcomes = await ctx.run([target], {
    action: 'reimage',
    announce: true,
    title: () => l10n.t('Reimaging {0}', name),
    // A generated password is shown once below; a typed one gets this line.
    done: () => (password.generated ? undefined : l10n.t('{0} is being reimaged with {1}. It powers on when the installation is done.', name, distribution)),
    call: (brain, t, signal) =>
      reimageServer(
        brain,
        t.ref,
        // All four fields, empty strings included, as the official CLI sends them (bigv-api.md §B.4, §D.2).
        { distribution, firstboot_script: script.text, root_password: password.value, ssh_public_key: sshKey.value },
        {
          ...(powerOff ? { powerOff } : {}),
          signal,
          waitUntilOff: () => ctx.waitFor(t, (vm) => !vm.power_on, signal),
          onStep: (step) => ctx.log.info(`Reimage ${name}: ${step}`),
        },
      ),
  });
  if (!succeeded(outcomes)) return false;
  if (password.generated) await showRootPassword(ctx.ui, l10n.t('{0} is being reimaged with {1}.', name, distribution), password.value);
  return true;
};

export const definition = defineCommand({
  id: 'bigv.reimage',
  title: 'Reimage Server…',
  icon: 'sync',
  rows: [
    { kinds: ['server'], menu: '9_danger@1' },
  ],
  writes: true,
  run: reimage,
});
