// Wiring only: builds the app and registers the commands package.json declares.
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { onDidChangeSettings } from './config';
import { REMOTE_SSH_EXTENSION } from './features/remoteSsh';
import { setContextKey } from './ui/contextKeys';
import { App } from './wiring/app';
import { declaredTools, registerTools, toolHost } from './wiring/tools';

let app: App | undefined;

export function activate(context: vscode.ExtensionContext): void {
  // Pure modules translate through @vscode/l10n: hand it this window's bundle.
  if (vscode.l10n.bundle) l10n.config({ contents: vscode.l10n.bundle });
  const current = new App(context);
  app = current;
  context.subscriptions.push(current);
  // The ids from the manifest (written from the commands' definitions): the definitions themselves load on first use.
  for (const id of declaredCommands(context.extension.packageJSON)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, (...args: unknown[]) => current.run(id, args)));
  }
  // The language-model tools (bigv.agentTools says which an agent may use); their code runs the same handlers.
  context.subscriptions.push(...registerTools(declaredTools(context.extension.packageJSON), toolHost(() => current.apps)));
  context.subscriptions.push(onDidChangeSettings((changed) => current.settingsChanged(changed)));
  const setRemoteSsh = () => void setContextKey('bigv.remoteSshAvailable', vscode.extensions.getExtension(REMOTE_SSH_EXTENSION) !== undefined);
  setRemoteSsh();
  context.subscriptions.push(vscode.extensions.onDidChange(setRemoteSsh));
  void setContextKey('bigv.signedIn', false);
  void current.start();
}

function declaredCommands(manifest: unknown): string[] {
  const commands = (manifest as { contributes?: { commands?: unknown } } | undefined)?.contributes?.commands;
  if (!Array.isArray(commands)) return [];
  return commands.flatMap((c: unknown) => {
    const id = (c as { command?: unknown } | null)?.command;
    return typeof id === 'string' ? [id] : [];
  });
}

export function deactivate(): void {
  // Timers must not outlive the extension host's interest in us.
  app?.dispose();
  app = undefined;
}
