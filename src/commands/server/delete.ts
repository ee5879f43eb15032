// Soft delete: the brain powers the server off and hides it; Restore brings it back for a while.
// The success message offers that Restore straight away, as an undo.
import * as vscode from 'vscode';
import type { CommandHandler } from '../context';
import { restoreTarget } from './restore';
import { confirmModal, requireState, whereServer } from '../prompts';

export const deleteServer: CommandHandler = async (services, arg) => {
  const target = await services.resolveServer(arg, {
    filter: whereServer('live'),
    placeHolder: vscode.l10n.t('Select a server to delete'),
  });
  if (!target || !requireState(target, 'live')) return undefined;
  const confirmed = await confirmModal(
    vscode.l10n.t('Delete {0}?', target.fullName),
    vscode.l10n.t(
      'The server is powered off at once and removed from the list. It can be restored for a limited time after deletion; after that it is purged, with its discs and IP addresses.',
    ),
    vscode.l10n.t('Delete'),
  );
  if (!confirmed) return undefined;
  const ok = await services.runAction(
    target,
    vscode.l10n.t('Deleting {0}', target.fullName),
    (brain, signal) => brain.deleteServer(target.ref, {}, { signal }),
    { pending: 'deleting', settledWhen: (vm) => vm.deleted === true },
  );
  if (!ok) return false;
  const undo = vscode.l10n.t('Restore');
  void vscode.window
    .showInformationMessage(vscode.l10n.t('Deleted {0}. It can be restored for a limited time.', target.fullName), undo)
    .then((choice) => (choice === undo ? restoreTarget(services, target) : undefined));
  return true;
};
