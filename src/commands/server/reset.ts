// Reset is the reset button: an instant reboot in the same QEMU process, so (unlike Restart)
// changed cores or memory do not take effect. Asks first because the guest gets no warning.
import * as vscode from 'vscode';
import { resetServer } from '../../model/operations/power';
import type { CommandHandler } from '../context';
import { confirmModal, requireState, whereServer } from '../prompts';

export const reset: CommandHandler = async (services, arg) => {
  const target = await services.resolveServer(arg, {
    filter: whereServer('running'),
    placeHolder: vscode.l10n.t('Select a running server to reset'),
  });
  if (!target || !requireState(target, 'running')) return undefined;
  const confirmed = await confirmModal(
    vscode.l10n.t('Reset {0}?', target.fullName),
    vscode.l10n.t(
      'This reboots it at once, like pressing the reset button: the operating system is not warned and unsaved data is lost. Changes to cores or memory need Restart instead.',
    ),
    vscode.l10n.t('Reset'),
  );
  if (!confirmed) return undefined;
  return services.runAction(
    target,
    vscode.l10n.t('Resetting {0}', target.fullName),
    (brain, signal) => resetServer(brain, target.ref, { signal }),
    { pending: 'resetting', settledWhen: (vm) => vm.power_on },
  );
};
