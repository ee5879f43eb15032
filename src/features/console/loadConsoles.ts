// The consoles are built into dist/consoles.js of their own: the main bundle is one CommonJS
// file, so even a dynamic import would be inlined into it and loaded at activation. Requiring
// the built file when a console first opens keeps all of it (and ssh2) out of activation.
import * as path from 'node:path';
import type * as Heavy from './heavy';

export type Consoles = typeof Heavy;

let loaded: Consoles | undefined;

export function loadConsoles(extensionPath: string): Consoles {
  loaded ??= require(path.join(extensionPath, 'dist', 'consoles.js')) as Consoles;
  return loaded;
}
