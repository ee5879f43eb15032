// The `when`-clause context keys this extension sets, as one typed map: a key that package.json
// matches cannot be misspelt or set with the wrong type from somewhere else.
import * as vscode from 'vscode';

export interface ContextKeys {
  /** Activation finished restoring the session (the welcome view waits for it). */
  'bigv.ready': boolean;
  'bigv.signedIn': boolean;
  /** More than one profile: the tree shows a root per profile, and the profile commands apply. */
  'bigv.multipleProfiles': boolean;
  'bigv.showDeleted': boolean;
  /** A filter narrows the tree (the view title shows Clear Filter). */
  'bigv.filtered': boolean;
  /** Microsoft's Remote - SSH extension is installed. */
  'bigv.remoteSshAvailable': boolean;
  /** Some signed-in profile has a group the user may create a server in (the view's + shows). */
  'bigv.mayCreateServer': boolean;
}

const current = new Map<keyof ContextKeys, unknown>();

export function setContextKey<K extends keyof ContextKeys>(key: K, value: ContextKeys[K]): Thenable<unknown> {
  current.set(key, value);
  return vscode.commands.executeCommand('setContext', key, value);
}

/** The value last set here (for tests and for code that must not re-set an unchanged key). */
export function contextKey<K extends keyof ContextKeys>(key: K): ContextKeys[K] | undefined {
  return current.get(key) as ContextKeys[K] | undefined;
}
