import * as vscode from 'vscode';
import { openServerConsole } from '../../features/console/openConsole';
import type { CommandHandler } from '../context';
import { requireState, whereServer } from '../prompts';

// Stopped servers are allowed: the console shows the boot from the first line after a start.
export const openConsole: CommandHandler = async (services, arg) => {
  const target = await services.resolveServer(arg, {
    filter: whereServer('live'),
    placeHolder: vscode.l10n.t('Select a server to open its serial console'),
  });
  if (!target || !requireState(target, 'live')) return undefined;
  return openServerConsole(services, target);
};
