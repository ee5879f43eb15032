import * as vscode from 'vscode';
import { startServer } from '../../model/operations/power';
import type { CommandHandler } from '../context';
import { requireState, whereServer } from '../prompts';

export const start: CommandHandler = async (services, arg) => {
  const target = await services.resolveServer(arg, {
    filter: whereServer('stopped'),
    placeHolder: vscode.l10n.t('Select a powered-off server to start'),
  });
  if (!target || !requireState(target, 'stopped')) return undefined;
  return services.runAction(
    target,
    vscode.l10n.t('Starting {0}', target.fullName),
    (brain, signal) => startServer(brain, target.ref, { signal }),
    { pending: 'starting', settledWhen: (vm) => vm.power_on },
  );
};
