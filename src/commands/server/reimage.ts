// Reimage: installs a fresh operating system, erasing the server's discs. Every choice is
// gathered first and nothing happens until the user has typed the server's name; only then is
// the server powered off (if needed, by the method they chose) and the reimage sent.
import * as vscode from 'vscode';
import type { PowerOffMethod } from '../../model/operations/power';
import { reimageServer } from '../../model/operations/reimage';
import type { CommandHandler } from '../context';
import { requireState, waitOptions, whereServer } from '../prompts';
import { askDistribution, askRootPassword, askSshKey, showRootPassword } from './reimagePrompts';

// ACPI shutdowns of a busy server can take minutes; beyond this something is wrong.
const POWER_OFF_LIMIT_MS = 10 * 60_000;

export const reimage: CommandHandler = async (services, arg) => {
  const target = await services.resolveServer(arg, {
    filter: whereServer('live'),
    placeHolder: vscode.l10n.t('Select a server to reimage'),
  });
  if (!target || !requireState(target, 'live')) return undefined;
  const name = target.fullName;

  let powerOff: PowerOffMethod | undefined;
  if (target.vm.power_on) {
    const shutDown = vscode.l10n.t('Shut Down First');
    const stopFirst = vscode.l10n.t('Stop First');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('{0} is powered on.', name),
      {
        modal: true,
        detail: vscode.l10n.t(
          'A server can only be reimaged while it is off. Shut Down asks its operating system to shut down cleanly, which can take a minute; Stop cuts the power at once. Nothing happens until you have confirmed the reimage.',
        ),
      },
      shutDown,
      stopFirst,
    );
    if (choice === undefined) return undefined;
    powerOff = choice === shutDown ? 'shutdown' : 'stop';
  }

  let definitions;
  try {
    definitions = await services.definitions();
  } catch (err) {
    services.reportError(vscode.l10n.t('load the list of operating system images'), err);
    return undefined;
  }
  const distribution = await askDistribution(target, definitions);
  if (distribution === undefined) return undefined;
  const password = await askRootPassword(target);
  if (password === undefined) return undefined;
  const sshKey = await askSshKey(target);
  if (sshKey === undefined) return undefined;

  const typed = await vscode.window.showInputBox({
    title: vscode.l10n.t('Reimage {0} (4/4): confirm', name),
    prompt: vscode.l10n.t(
      'This erases ALL data on the discs of {0} and installs {1}. It cannot be undone. Type {2} to confirm.',
      name,
      distribution,
      target.vm.name,
    ),
    placeHolder: target.vm.name,
    ignoreFocusOut: true,
    // Nothing typed yet: no complaint, so the warning in the prompt stays visible.
    validateInput: (v) => (v === '' || v === target.vm.name ? undefined : vscode.l10n.t('Type {0} exactly to confirm, or press Escape to cancel.', target.vm.name)),
  });
  if (typed !== target.vm.name) return undefined;

  const ok = await services.runAction(
    target,
    vscode.l10n.t('Reimaging {0}', name),
    async (brain, signal) => {
      await reimageServer(
        brain,
        target.ref,
        { distribution, root_password: password.value, ...(sshKey.value ? { ssh_public_key: sshKey.value } : {}) },
        {
          ...(powerOff ? { powerOff } : {}),
          wait: waitOptions(signal, POWER_OFF_LIMIT_MS),
          onStep: (step) => services.log.info(`Reimage ${name}: ${step}`),
        },
      );
    },
    { pending: 'reimaging', settledWhen: (vm) => vm.power_on },
  );
  if (!ok) return false;
  if (password.generated) {
    await showRootPassword(target, distribution, password.value);
  } else {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('{0} is being reimaged with {1}. It powers on when the installation is done.', name, distribution),
    );
  }
  return true;
};
