// The API's reboot: power off with autoreboot on, and the brain powers it on again. Like a
// reset it is not graceful, but it starts a fresh process, so changed cores/memory take effect.
import * as vscode from 'vscode';
import { restartServer } from '../../model/operations/power';
import type { CommandHandler } from '../context';
import { requireState, whereServer } from '../prompts';

export const restart: CommandHandler = async (services, arg) => {
  const target = await services.resolveServer(arg, {
    filter: whereServer('running'),
    placeHolder: vscode.l10n.t('Select a running server to restart'),
  });
  if (!target || !requireState(target, 'running')) return undefined;
  return services.runAction(
    target,
    vscode.l10n.t('Restarting {0}', target.fullName),
    (brain, signal) => restartServer(brain, target.ref, { signal }),
    { pending: 'restarting', settledWhen: (vm) => vm.power_on },
  );
};
