// Everything the built-in client needs for one console, from the settings and the machine.
import type { SshRequest } from './connect';
import { agentPaths, defaultIdentityFiles, parseSshOptions } from './options';
import { vscodePrompts } from './vscodePrompts';

export interface ConsoleEndpoint {
  /** The server's management address (a plain IP, checked by sshArgv). */
  host: string;
  username: string;
  sshArgs: readonly string[];
  log: (line: string) => void;
}

export function consoleRequest(e: ConsoleEndpoint): SshRequest {
  const options = parseSshOptions(e.sshArgs);
  if (options.ignored.length > 0) e.log(`Built-in SSH client: not used from bigv.console.sshArgs: ${options.ignored.join(' ')}`);
  return { host: e.host, username: e.username, options, agents: agentPaths(), defaultIdentities: defaultIdentityFiles(), prompts: vscodePrompts, log: e.log };
}
