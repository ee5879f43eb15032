// Entry point of dist/consoles.js: all of the consoles (the system ssh in a terminal, the built-in
// client, the graphical console's tab), built separately (esbuild.mjs) and required by load.ts
// when a console first opens, so none of it, nor ssh2, weighs on activation.
export { openServerConsole } from './openConsole';
export { openGraphicalConsole } from './graphical';
export { openServerSshTerminal } from './serverTerminal';
export { readServerHealth } from '../health/request';
