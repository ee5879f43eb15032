// Entry point of dist/consoles.js, the part of the consoles built separately (esbuild.mjs) and
// required only when a console opens (load.ts): ssh2 and the webview glue stay out of activation.
import * as vscode from 'vscode';
import { builtinConsolePty } from './builtin/pty';
import type { ConsoleEndpoint } from './ssh/request';

export { showGraphicalConsole, type GraphicalConsoleRequest } from './graphical/panel';

export function openBuiltinSerialConsole(o: ConsoleEndpoint & { name: string }): vscode.Terminal {
  const terminal = vscode.window.createTerminal({ name: o.name, pty: builtinConsolePty(o), iconPath: new vscode.ThemeIcon('terminal') });
  terminal.show();
  return terminal;
}
