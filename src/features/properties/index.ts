// The properties document: a read-only JSON view of one server, registered once at activation.
import * as vscode from 'vscode';
import type { ServerTarget } from '../../model/target';
import { propertiesPath, PROPERTIES_SCHEME } from './document';
import { ServerPropertiesProvider, type PropertiesDeps } from './provider';

export { ServerPropertiesProvider } from './provider';
export { PROPERTIES_SCHEME, parsePropertiesPath, propertiesPath, renderProperties } from './document';

export interface PropertiesFeature {
  /** Opens (or, if already open, refreshes and shows) the properties document of a server. */
  show(target: ServerTarget, profile?: string): Promise<vscode.TextEditor>;
  /** Servers changed in the tree: refetch the open documents among them (undefined: all), of one profile (its id; empty: the default). */
  serversChanged(paths: ReadonlySet<string> | undefined, profile?: string): void;
}

export function registerProperties(context: vscode.ExtensionContext, deps: PropertiesDeps): PropertiesFeature {
  const provider = new ServerPropertiesProvider(deps);
  context.subscriptions.push(provider, vscode.workspace.registerTextDocumentContentProvider(PROPERTIES_SCHEME, provider));
  return {
    async show(target, profile = '') {
      const uri = vscode.Uri.from({ scheme: PROPERTIES_SCHEME, authority: profile, path: propertiesPath(target.accountName, target.groupName, target.vm.name) });
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (open !== undefined) provider.refresh(uri);
      const doc = open ?? (await vscode.workspace.openTextDocument(uri));
      const typed = doc.languageId === 'json' ? doc : await vscode.languages.setTextDocumentLanguage(doc, 'json');
      return vscode.window.showTextDocument(typed, { preview: true });
    },
    serversChanged: (paths, profile) => provider.serversChanged(paths, profile),
  };
}
