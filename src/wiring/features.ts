// What commands reach outside the extension for, built from the session and the estate reader.
import * as vscode from 'vscode';
import type { VirtualMachine } from '../api';
import type { Features } from '../commands/context';
import { sshUserFor } from '../config/sshUser';
import { loadConsoles } from '../features/console/loadConsoles';
import type { PropertiesFeature } from '../features/properties';
import { remoteSsh } from '../features/remoteSsh';
import type { ServerTarget } from '../model/target';

export function consoleFeatures(
  extensionPath: string,
  session: { readonly username: string | undefined },
  reader: { refresh(target: ServerTarget): Promise<VirtualMachine | undefined> },
  log: { info(m: string): void; warn(m: string): void; error(m: string): void },
  properties: PropertiesFeature,
  /** The profile whose documents these are (empty: the default). */
  profile = '',
  /** Its name when the window has several profiles, for the consoles' titles. */
  profileLabel: () => string | undefined = () => undefined,
): Features {
  const deps = {
    get username() {
      return session.username;
    },
    extensionPath,
    refreshServer: (t: ServerTarget) => reader.refresh(t),
    log,
    profile: {
      id: profile,
      get label() {
        return profileLabel();
      },
    },
  };
  return {
    // All of the consoles' code is in dist/consoles.js, required when the first one opens.
    openConsole: (target) => loadConsoles(extensionPath).openServerConsole(deps, target),
    openGraphicalConsole: (target) => loadConsoles(extensionPath).openGraphicalConsole(deps, target),
    showProperties: (target) => properties.show(target, profile),
    openSshTerminal: (target) => {
      const user = sshUserFor(vscode.workspace.getConfiguration('bigv'), profile || 'default', target.fullName, (m) => log.warn(m));
      return loadConsoles(extensionPath).openServerSshTerminal(deps, target, user);
    },
    remoteSsh,
  };
}
