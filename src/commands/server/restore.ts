// Undelete (`PUT {"deleted": false}`), possible only for a while after deletion.
import * as vscode from 'vscode';
import type { CommandHandler, CommandServices, ServerTarget } from '../context';
import { requireState, whereServer } from '../prompts';

export const restore: CommandHandler = async (services, arg) => {
  // From the palette the pick list can only offer deleted servers if the tree has loaded them.
  if (arg === undefined && !services.showDeleted) {
    const show = vscode.l10n.t('Show Deleted Servers');
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('Deleted servers are hidden. Show them to choose one to restore?'),
      show,
    );
    if (choice !== show) return undefined;
    await services.setShowDeleted(true);
  }
  const target = await services.resolveServer(arg, {
    filter: whereServer('deleted'),
    placeHolder: vscode.l10n.t('Select a deleted server to restore'),
  });
  if (!target || !requireState(target, 'deleted')) return undefined;
  return restoreTarget(services, target);
};

/** Also the Restore button after a delete, whose target still shows the pre-delete state. */
export async function restoreTarget(services: CommandServices, target: ServerTarget): Promise<boolean> {
  const ok = await services.runAction(
    target,
    vscode.l10n.t('Restoring {0}', target.fullName),
    (brain, signal) => brain.undeleteServer(target.ref, { signal }),
    { pending: 'restoring', settledWhen: (vm) => !vm.deleted },
  );
  if (ok) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Restored {0}. It stays powered off until you start it.', target.fullName),
    );
  }
  return ok;
}
