import * as vscode from 'vscode';
import { showServerProperties } from '../../features/properties';
import type { CommandHandler } from '../context';

export const showProperties: CommandHandler = async (services, arg) => {
  const target = await services.resolveServer(arg, { filter: () => true, placeHolder: vscode.l10n.t('Select a server to show its properties') });
  if (!target) return undefined;
  return showServerProperties(target);
};
