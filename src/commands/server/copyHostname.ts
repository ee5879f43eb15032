import * as vscode from 'vscode';
import type { CommandHandler } from '../context';
import { flash } from '../prompts';

export const copyHostname: CommandHandler = async (services, arg) => {
  const target = await services.resolveServer(arg, { placeHolder: vscode.l10n.t('Select a server to copy its hostname') });
  if (!target) return undefined;
  const hostname = target.vm.hostname;
  if (!hostname) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The API gave no hostname for {0}.', target.fullName));
    return undefined;
  }
  await vscode.env.clipboard.writeText(hostname);
  flash(vscode.l10n.t('$(check) Copied {0}', hostname));
  return hostname;
};
