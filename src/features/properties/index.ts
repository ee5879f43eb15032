// Wiring for the properties document. The core calls registerPropertiesProvider once from
// activate(); the Show Properties command finds the provider through showServerProperties.
import * as vscode from 'vscode';
import type { CommandServices, ServerTarget } from '../../commands/context';
import { propertiesPath, PROPERTIES_SCHEME } from './document';
import { ServerPropertiesProvider } from './provider';

export { ServerPropertiesProvider } from './provider';
export { PROPERTIES_SCHEME, parsePropertiesPath, propertiesPath, renderProperties } from './document';

let current: ServerPropertiesProvider | undefined;

export function registerPropertiesProvider(context: vscode.ExtensionContext, services: CommandServices): ServerPropertiesProvider {
  const provider = new ServerPropertiesProvider(services);
  current = provider;
  context.subscriptions.push(
    provider,
    vscode.workspace.registerTextDocumentContentProvider(PROPERTIES_SCHEME, provider),
    { dispose: () => (current === provider ? (current = undefined) : undefined) },
  );
  return provider;
}

export function propertiesUri(target: ServerTarget): vscode.Uri {
  return vscode.Uri.from({ scheme: PROPERTIES_SCHEME, path: propertiesPath(target.accountName, target.groupName, target.vm.name) });
}

/** Opens (or, if already open, refreshes and shows) the properties document of a server. */
export async function showServerProperties(target: ServerTarget): Promise<vscode.TextEditor> {
  const uri = propertiesUri(target);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open !== undefined) current?.refresh(uri);
  const doc = open ?? (await vscode.workspace.openTextDocument(uri));
  const typed = doc.languageId === 'json' ? doc : await vscode.languages.setTextDocumentLanguage(doc, 'json');
  return vscode.window.showTextDocument(typed, { preview: true });
}
