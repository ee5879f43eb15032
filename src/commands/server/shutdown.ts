// ACPI shutdown: the operating system shuts down cleanly, in its own time. The tree shows
// "shutting down" until the brain reports the server off.
import * as vscode from 'vscode';
import { shutdownServer } from '../../model/operations/power';
import type { CommandHandler, CommandServices, ServerTarget } from '../context';
import { requireState, whereServer } from '../prompts';

export const shutdown: CommandHandler = async (services, arg) => {
  const target = await services.resolveServer(arg, {
    filter: whereServer('running'),
    placeHolder: vscode.l10n.t('Select a running server to shut down'),
  });
  if (!target || !requireState(target, 'running')) return undefined;
  return shutdownTarget(services, target);
};

/** Also Stop's "Shut Down Instead". */
export function shutdownTarget(services: CommandServices, target: ServerTarget): Promise<boolean> {
  return services.runAction(
    target,
    vscode.l10n.t('Shutting down {0}', target.fullName),
    (brain, signal) => shutdownServer(brain, target.ref, { signal }),
    { pending: 'shutting-down', settledWhen: (vm) => !vm.power_on },
  );
}
