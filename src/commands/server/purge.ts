// Purge destroys a server for good (discs, IP addresses, name), deleted or not. Nothing can
// bring it back, so the user types its name rather than clicking a button.
import * as vscode from 'vscode';
import type { CommandHandler } from '../context';
import { confirmByTypingName } from '../prompts';

export const purge: CommandHandler = async (services, arg) => {
  const target = await services.resolveServer(arg, {
    // Deleted servers too (purging them early is the common case); with no filter they are left out.
    filter: () => true,
    placeHolder: vscode.l10n.t('Select a server to purge (destroy permanently)'),
  });
  if (!target) return undefined;
  const confirmed = await confirmByTypingName(
    target,
    vscode.l10n.t('Purge {0}', target.fullName),
    vscode.l10n.t(
      'Purging destroys {0} permanently: its discs and all their data are erased and its IP addresses released. It cannot be restored. Type {1} to confirm.',
      target.fullName,
      target.vm.name,
    ),
  );
  if (!confirmed) return undefined;
  const ok = await services.runAction(
    target,
    vscode.l10n.t('Purging {0}', target.fullName),
    (brain, signal) => brain.deleteServer(target.ref, { purge: true }, { signal }),
    { removed: true },
  );
  if (ok) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Purged {0}.', target.fullName));
  }
  return ok;
};
