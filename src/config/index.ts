// The vscode side of settings: reads `bigv.*` and reports which ones changed.
import * as vscode from 'vscode';
import { readSettings, type Settings } from './settings';

export { DEFAULTS, normalizeEndpoint, readSettings, type Settings } from './settings';

export const SECTION = 'bigv';

export function currentSettings(warn?: (message: string) => void): Settings {
  return readSettings(vscode.workspace.getConfiguration(SECTION), warn);
}

/** Calls `listener` with the changed keys (e.g. `apiEndpoint`) whenever a `bigv.*` setting changes. */
export function onDidChangeSettings(listener: (changed: (keyof Settings)[]) => void): vscode.Disposable {
  const keys: Record<keyof Settings, string> = {
    apiEndpoint: 'apiEndpoint',
    authEndpoint: 'authEndpoint',
    sessionValidity: 'sessionValidity',
    useYubikey: 'useYubikey',
    rememberPassword: 'rememberPassword',
    showDeletedServers: 'showDeletedServers',
    pollIntervalSeconds: 'pollIntervalSeconds',
    requestTimeoutSeconds: 'requestTimeoutSeconds',
  };
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (!e.affectsConfiguration(SECTION)) return;
    const changed = (Object.keys(keys) as (keyof Settings)[]).filter((k) => e.affectsConfiguration(`${SECTION}.${keys[k]}`));
    if (changed.length) listener(changed);
  });
}
