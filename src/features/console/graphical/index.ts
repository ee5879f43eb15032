// The graphical console (VNC through an SSH tunnel, in a webview tab). Being built: issue 13.
import type { ServerTarget } from '../../../model/target';

export interface GraphicalConsoleDeps {
  readonly username: string | undefined;
  log: { info(message: string): void; warn(message: string): void; error(message: string): void };
}

export async function openGraphicalConsole(_deps: GraphicalConsoleDeps, target: ServerTarget): Promise<unknown> {
  throw new Error(`The graphical console of ${target.fullName} cannot be opened yet.`);
}
