// The management address is where the serial console (and the VNC tunnel) is reached.
import * as vscode from 'vscode';
import type { CommandHandler } from '../context';
import { flash } from '../prompts';

export const copyManagementAddress: CommandHandler = async (services, arg) => {
  const target = await services.resolveServer(arg, { placeHolder: vscode.l10n.t('Select a server to copy its management address') });
  if (!target) return undefined;
  const address = target.vm.management_address;
  if (!address) {
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} has no management address.', target.fullName));
    return undefined;
  }
  await vscode.env.clipboard.writeText(address);
  flash(vscode.l10n.t('$(check) Copied {0}', address));
  return address;
};
