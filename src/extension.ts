// Wiring only: builds the parts, connects them and registers the commands from one table.
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { SessionManager } from './session/session';
import { SessionStore } from './session/sessionStore';
import { vscodeSessionUi } from './ui/signInPrompts';
import { handlers } from './commands/registry';
import { COMMAND_IDS } from './commands/ids';
import { currentSettings, onDidChangeSettings } from './config';
import { createLog, requestLogger } from './log';
import { propertiesPath, registerPropertiesProvider } from './features/properties';
import { ExtensionServices } from './wiring/controller';
import { Estate } from './estate/estate';
import { isServerNode, type EstateNode } from './estate/nodes';
import { ServerTreeProvider } from './ui/treeProvider';

const REMOTE_SSH = 'ms-vscode-remote.remote-ssh';

let services: ExtensionServices | undefined;

export function activate(context: vscode.ExtensionContext): void {
  // Pure modules (tree formatting) translate through @vscode/l10n: hand it this window's bundle.
  if (vscode.l10n.bundle) l10n.config({ contents: vscode.l10n.bundle });
  const log = createLog();
  const settings = () => currentSettings((w) => log.warn(w));
  const session = new SessionManager({
    store: new SessionStore(context.secrets),
    memento: context.globalState,
    log,
    settings,
    onRequest: requestLogger(log),
    ui: vscodeSessionUi,
  });
  const estate = new Estate();
  services = new ExtensionServices({ log, session, estate, settings });
  const svc = services;
  const tree = new ServerTreeProvider(estate, () => svc.pendingLoad());
  const view: vscode.TreeView<EstateNode> = vscode.window.createTreeView('bigv.servers', {
    treeDataProvider: tree,
    showCollapseAll: true,
  });
  svc.attachView(view);
  context.subscriptions.push(log, session, svc, tree, view);

  for (const id of COMMAND_IDS) {
    context.subscriptions.push(vscode.commands.registerCommand(id, (...args: unknown[]) => handlers[id](svc, ...args)));
  }
  const properties = registerPropertiesProvider(context, svc);
  context.subscriptions.push(
    estate.onDidChange((nodes) =>
      properties.serversChanged(nodes && new Set(nodes.filter(isServerNode).map((n) => propertiesPath(n.parent.parent.account.name, n.parent.group.name, n.vm.name)))),
    ),
  );

  context.subscriptions.push(
    onDidChangeSettings((changed) => {
      if (changed.includes('apiEndpoint') || changed.includes('authEndpoint')) {
        log.info('Endpoint settings changed; reading the session for the new endpoint.');
        void session.endpointChanged();
      } else if (changed.includes('requestTimeoutSeconds')) {
        session.rebuildClients();
      }
      if (changed.includes('showDeletedServers')) void svc.showDeletedSettingChanged();
    }),
  );

  const setRemoteSsh = () =>
    void vscode.commands.executeCommand('setContext', 'bigv.remoteSshAvailable', vscode.extensions.getExtension(REMOTE_SSH) !== undefined);
  setRemoteSsh();
  context.subscriptions.push(vscode.extensions.onDidChange(setRemoteSsh));
  void vscode.commands.executeCommand('setContext', 'bigv.showDeleted', svc.showDeleted);
  void vscode.commands.executeCommand('setContext', 'bigv.signedIn', false);

  void svc.start();
}

export function deactivate(): void {
  // Timers must not outlive the extension host's interest in us.
  services?.dispose();
  services = undefined;
}
