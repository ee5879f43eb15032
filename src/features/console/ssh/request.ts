// Everything the built-in client needs for one console, from the settings and the machine.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import type { SshRequest } from './connect';
import { agentPaths, configText, defaultIdentityFiles, parseSshOptions, sshConfigFiles } from './options';
import { vscodePrompts } from './vscodePrompts';

export interface ConsoleEndpoint {
  /** The server's management address (a plain IP, checked by sshArgv). */
  host: string;
  username: string;
  sshArgs: readonly string[];
  log: (line: string) => void;
}

export function consoleRequest(e: ConsoleEndpoint): SshRequest {
  const home = homedir();
  const texts: string[] = [];
  for (const file of sshConfigFiles(e.sshArgs, home)) {
    try {
      texts.push(readFileSync(file, 'utf8'));
    } catch {
      // No ssh config is the usual case, not a problem.
    }
  }
  const options = parseSshOptions(e.sshArgs, home, texts.length === 0 ? undefined : { host: e.host, text: configText(texts) });
  if (options.ignored.length > 0) e.log(`Built-in SSH client: not used from bigv.console.sshArgs: ${options.ignored.join(' ')}`);
  return { host: e.host, username: e.username, options, agents: agentPaths(), defaultIdentities: defaultIdentityFiles(home), prompts: vscodePrompts, log: e.log };
}
