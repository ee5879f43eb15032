// The vscode side of settings: reads `bigv.*` and reports which ones changed.
import * as vscode from 'vscode';
import { readSettings, type Settings } from './settings';

export { DEFAULTS, normalizeEndpoint, readSettings, type SettingProblem, type Settings } from './settings';

export const SECTION = 'bigv';

/** The settings themselves (not the derived `problems`). */
export type SettingKey = Exclude<keyof Settings, 'problems'>;

export function currentSettings(warn?: (message: string) => void): Settings {
  return readSettings(vscode.workspace.getConfiguration(SECTION), warn);
}

/** Calls `listener` with the changed keys (e.g. `apiEndpoint`) whenever a `bigv.*` setting changes. */
export function onDidChangeSettings(listener: (changed: SettingKey[]) => void): vscode.Disposable {
  const keys: Record<SettingKey, string> = {
    apiEndpoint: 'apiEndpoint',
    authEndpoint: 'authEndpoint',
    sessionValidity: 'sessionValidity',
    useYubikey: 'useYubikey',
    rememberPassword: 'rememberPassword',
    showDeletedServers: 'showDeletedServers',
    pollIntervalSeconds: 'pollIntervalSeconds',
    requestTimeoutSeconds: 'requestTimeoutSeconds',
    agentTools: 'agentTools',
  };
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (!e.affectsConfiguration(SECTION)) return;
    const changed = (Object.keys(keys) as SettingKey[]).filter((k) => e.affectsConfiguration(`${SECTION}.${keys[k]}`));
    if (changed.length) listener(changed);
  });
}
