// A read-only JSON document of one server, fetched fresh with a single GET each time VS Code
// asks for it. `onDidChange` makes VS Code ask again: when the command is run on an open
// document, and when the document comes back into view after a while.
import * as vscode from 'vscode';
import type { BrainClient } from '../../api';

export interface PropertiesDeps {
  /**
   * The signed-in client of the profile a document belongs to (its URI's authority: empty for
   * the default profile), or undefined: a document never asks anyone to sign in by itself.
   */
  brain(profile: string): BrainClient | undefined;
  reportError(what: string, err: unknown): void;
}
import { parsePropertiesPath, PROPERTIES_SCHEME, renderProperties } from './document';

// Switching between editors should not refetch every time; older than this, it does.
const STALE_AFTER_MS = 10_000;
// An action changes a server several times in a second (pending, patched, settled): one refetch.
const COALESCE_MS = 400;

export class ServerPropertiesProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  /** Last good text per document, shown again if a refresh fails rather than blanking it. */
  private readonly lastGood = new Map<string, { text: string; at: number }>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly scheduled = new Map<string, NodeJS.Timeout>();

  constructor(private readonly services: PropertiesDeps) {
    this.subscriptions.push(
      this.changed,
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        const uri = editor?.document.uri;
        if (uri?.scheme !== PROPERTIES_SCHEME) return;
        const last = this.lastGood.get(uri.toString());
        if (last === undefined || Date.now() - last.at > STALE_AFTER_MS) this.refresh(uri);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.lastGood.delete(doc.uri.toString())),
    );
  }

  refresh(uri: vscode.Uri): void {
    this.changed.fire(uri);
  }

  /**
   * Servers changed in the tree (an action, a poll, a reload): refetch the open documents among
   * them, so an open document never shows a state the tree has moved on from. `paths` are
   * `propertiesPath`s; undefined means every open document.
   */
  serversChanged(paths: ReadonlySet<string> | undefined, profile = ''): void {
    for (const doc of vscode.workspace.textDocuments) {
      if (doc.uri.scheme !== PROPERTIES_SCHEME || doc.uri.authority !== profile || (paths && !paths.has(doc.uri.path))) continue;
      const key = doc.uri.toString();
      if (this.scheduled.has(key)) continue;
      const uri = doc.uri;
      this.scheduled.set(key, setTimeout(() => {
        this.scheduled.delete(key);
        this.refresh(uri);
      }, COALESCE_MS));
    }
  }

  async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
    const key = uri.toString();
    const ref = parsePropertiesPath(uri.path);
    if (ref === undefined) return errorText(vscode.l10n.t('{0} is not the address of a BigV server.', key));
    const fullName = `${ref.server}.${ref.group}.${ref.account}`;
    const brain = this.services.brain(uri.authority);
    if (brain === undefined) {
      return this.lastGood.get(key)?.text ?? errorText(vscode.l10n.t('Sign in to BigV to see the properties of {0}.', fullName));
    }
    const controller = new AbortController();
    const cancel = token.onCancellationRequested(() => controller.abort());
    try {
      const text = renderProperties(await brain.getServer(ref, { signal: controller.signal }));
      this.lastGood.set(key, { text, at: Date.now() });
      return text;
    } catch (err) {
      if (token.isCancellationRequested) return this.lastGood.get(key)?.text ?? '';
      this.services.reportError(vscode.l10n.t('load the properties of {0}', fullName), err);
      return this.lastGood.get(key)?.text ?? errorText(vscode.l10n.t('Could not load the properties of {0}. Run "Show Properties" again to retry.', fullName));
    } finally {
      cancel.dispose();
    }
  }

  dispose(): void {
    for (const t of this.scheduled.values()) clearTimeout(t);
    this.scheduled.clear();
    for (const s of this.subscriptions) s.dispose();
  }
}

// The document is JSON, so a failure is shown as JSON too (a bare sentence would be underlined
// as a syntax error).
function errorText(message: string): string {
  return JSON.stringify({ error: message }, null, 2) + '\n';
}
