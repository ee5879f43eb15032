// The managed SSH config in VS Code: `bigv.ssh.manageConfig` turns it on or off (the commands set
// it; so can Settings), `bigv.ssh.user` / `bigv.ssh.users` choose the users, and the window's
// estates feed it (wiring/app.ts calls `changed` on each change). Nothing is read or written
// while it is off.
import { homedir } from 'node:os';
import * as vscode from 'vscode';
import { sshUserFor } from '../../config/sshUser';
import type { SshConfigAccess } from './access';
import { SshConfigSync, type ProfileServersSource } from './sync';

export type { SshConfigAccess } from './access';

const SETTING = 'ssh.manageConfig';

export interface ManagedSshConfig extends vscode.Disposable {
  /** Some estate changed. */
  changed(): void;
  /** What one profile's commands get. */
  forProfile(profileId: string): SshConfigAccess;
}

export function managedSshConfig(profiles: () => readonly ProfileServersSource[], log: { info(m: string): void; warn(m: string): void }): ManagedSshConfig {
  const config = () => vscode.workspace.getConfiguration('bigv');
  const sync = new SshConfigSync({ home: homedir(), profiles, log, userFor: (profile, fullName) => sshUserFor(config(), profile, fullName, (m) => log.warn(m)) });
  const apply = (on: boolean) => sync.setEnabled(on).catch((err: Error) => log.warn(`SSH config: ${err.message}`));
  if (config().get<boolean>(SETTING) === true) void apply(true);
  const listener = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(`bigv.${SETTING}`)) void apply(config().get<boolean>(SETTING) === true);
    else if (e.affectsConfiguration('bigv.ssh')) sync.changed();
  });
  const setSetting = async (on: boolean) => {
    if (config().get<boolean>(SETTING) !== on) await config().update(SETTING, on, vscode.ConfigurationTarget.Global);
  };
  return {
    changed: () => sync.changed(),
    forProfile: (profileId) => ({
      get enabled() {
        return sync.enabled;
      },
      file: sync.paths.file,
      userConfig: sync.paths.userConfig,
      turnOn: async () => {
        await setSetting(true);
        await sync.setEnabled(true);
      },
      turnOff: async () => {
        await setSetting(false);
        return (await sync.setEnabled(false))!;
      },
      includePresent: () => sync.includePresent(),
      addInclude: () => sync.addInclude(),
      hostFor: (target) => sync.hostFor(profileId, target.fullName),
    }),
    dispose: () => {
      listener.dispose();
      sync.dispose();
    },
  };
}
