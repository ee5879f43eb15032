// What commands reach outside the extension for, built from the session and the estate reader.
import type { VirtualMachine } from '../api';
import type { Features } from '../commands/context';
import { openGraphicalConsole } from '../features/console/graphical';
import { openServerConsole } from '../features/console/openConsole';
import type { PropertiesFeature } from '../features/properties';
import { remoteSsh } from '../features/remoteSsh';
import type { ServerTarget } from '../model/target';

export function consoleFeatures(
  extensionPath: string,
  session: { readonly username: string | undefined },
  reader: { refresh(target: ServerTarget): Promise<VirtualMachine | undefined> },
  log: { info(m: string): void; warn(m: string): void; error(m: string): void },
  properties: PropertiesFeature,
): Features {
  const deps = {
    get username() {
      return session.username;
    },
    extensionPath,
    refreshServer: (t: ServerTarget) => reader.refresh(t),
    log,
  };
  return {
    openConsole: (target) => openServerConsole(deps, target),
    openGraphicalConsole: (target) => openGraphicalConsole(deps, target),
    showProperties: (target) => properties.show(target),
    remoteSsh,
  };
}
