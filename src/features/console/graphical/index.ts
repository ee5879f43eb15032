// Open Graphical Console: checks what it can (settings, address, username), then opens the tab
// and the SSH tunnel. A server is its profile, account and server ids: ids repeat across
// clusters, and the group is left out so that a server moved to another group keeps its tab.
import * as vscode from 'vscode';
import { cleanText } from '../../../api/safeText';
import type { ServerTarget } from '../../../model/target';
import { prepareConsole, type ConsoleDeps } from '../prepare';
import { showGraphicalConsole } from './panel';

export type GraphicalConsoleDeps = ConsoleDeps;

export async function openGraphicalConsole(deps: GraphicalConsoleDeps, target: ServerTarget): Promise<vscode.WebviewPanel | undefined> {
  const prepared = await prepareConsole(deps, target);
  if (!prepared) return undefined;
  deps.log.info(`Graphical console ${target.fullName}: SSH tunnel via ${prepared.destination} to port 5900`);
  const profile = deps.profile?.label;
  // A tab title is a label: the API's names shown inert (one line, no bidi overrides).
  const name = cleanText(target.fullName);
  return showGraphicalConsole({
    key: JSON.stringify([deps.profile?.id ?? '', String(target.ref.account), String(target.ref.server)]),
    title: profile ? vscode.l10n.t('Screen: {0} ({1})', name, cleanText(profile)) : vscode.l10n.t('Screen: {0}', name),
    serverName: target.fullName,
    host: prepared.address,
    username: prepared.username,
    sshArgs: prepared.settings.sshArgs,
    extensionUri: vscode.Uri.file(deps.extensionPath),
    log: (line) => deps.log.info(line),
  });
}
