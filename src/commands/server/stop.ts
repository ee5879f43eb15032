// Hard power off. Asks first, and offers the clean ACPI shutdown instead, because "Stop" is the
// button people reach for and it is the one that can lose data.
import * as vscode from 'vscode';
import { stopServer } from '../../model/operations/power';
import type { CommandHandler } from '../context';
import { shutdownTarget } from './shutdown';
import { whereServer } from '../prompts';

export const stop: CommandHandler = async (services, arg) => {
  const target = await services.resolveServer(arg, {
    filter: whereServer('running'),
    placeHolder: vscode.l10n.t('Select a running server to stop'),
  });
  if (!target) return undefined;
  // A server that is booting (power_on already false after a restart request, say) may still
  // need stopping, so only a deleted or fully-off server is refused here.
  if (target.vm.deleted || (!target.vm.power_on && !target.vm.autoreboot_on)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} is already powered off.', target.fullName));
    return undefined;
  }
  const stopButton = vscode.l10n.t('Stop');
  const shutDownButton = vscode.l10n.t('Shut Down Instead');
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t('Stop {0}?', target.fullName),
    {
      modal: true,
      detail: vscode.l10n.t(
        'This cuts the power at once, like pulling the plug: anything not yet written to disc is lost. Shut Down asks the operating system to shut down cleanly instead.',
      ),
    },
    // A clean shutdown needs a running guest to signal; while it is still booting, only Stop.
    ...(target.vm.power_on ? [stopButton, shutDownButton] : [stopButton]),
  );
  if (choice === shutDownButton) return shutdownTarget(services, target);
  if (choice !== stopButton) return undefined;
  return services.runAction(
    target,
    vscode.l10n.t('Stopping {0}', target.fullName),
    (brain, signal) => stopServer(brain, target.ref, { signal }),
    { pending: 'stopping', settledWhen: (vm) => !vm.power_on },
  );
};
