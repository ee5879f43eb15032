// The built-in SSH client honours what decides where and how it connects (port, key files,
// known_hosts files, host key policy), read as OpenSSH reads it: `bigv.console.sshArgs` first,
// then the matching `Host` blocks of ~/.ssh/config (or -F's file), the first value winning except
// for IdentityFile, which adds up. So one setup serves the system ssh and the built-in client.
// Everything else is reported, not guessed at.
import { homedir } from 'node:os';
import * as path from 'node:path';

/** OpenSSH's StrictHostKeyChecking, with `ask` its default. */
export type HostKeyPolicy = 'ask' | 'accept-new' | 'no' | 'yes';

export interface SshOptions {
  port: number;
  /** Key files named with -i / IdentityFile, `~` expanded. */
  identityFiles: string[];
  /** With IdentitiesOnly=yes, only the named files are offered: no agent, no ~/.ssh/id_*. */
  identitiesOnly: boolean;
  /** UserKnownHostsFile: read, and the first one written to. */
  knownHostsFiles: string[];
  /** GlobalKnownHostsFile: read only (an admin's keys and @revoked lines). */
  globalKnownHostsFiles: string[];
  /** HashKnownHosts: a key added to known_hosts is written as `|1|salt|hash`, not the address. */
  hashKnownHosts: boolean;
  hostKeyPolicy: HostKeyPolicy;
  /** Arguments the built-in client does not act on, for the log. */
  ignored: string[];
}

/** The ssh_config text for the host being dialled (its Host blocks are matched against it); several files joined by `configText`. */
export interface SshConfigInput {
  host: string;
  text: string;
}

/** Options that take a value: their value must not be read as the next option. */
const WITH_VALUE = new Set('BbcDEeFIiJLlmOopQRSWw'.split(''));

export function expandHome(file: string, home: string = homedir()): string {
  return /^~([/\\]|$)/.test(file) ? path.join(home, file.slice(1)) : file;
}

/**
 * Which ssh_config files the system ssh would read, in order: -F's file alone (none for `-F none`),
 * else ~/.ssh/config and then the system's (where Debian, for one, turns HashKnownHosts on).
 */
export function sshConfigFiles(args: readonly string[], home: string = homedir(), platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  for (let i = 0; i < args.length; i++) {
    const m = /^-F(.*)$/s.exec(args[i]!);
    if (!m) continue;
    const file = m[1] !== '' ? m[1]! : args[i + 1];
    return file === undefined || file === 'none' ? [] : [expandHome(file, home)];
  }
  const system = platform === 'win32' ? path.win32.join(env.ProgramData ?? 'C:\\ProgramData', 'ssh', 'ssh_config') : '/etc/ssh/ssh_config';
  return [path.join(home, '.ssh', 'config'), system];
}

function hostMatches(patterns: string, host: string): boolean {
  let matched = false;
  for (const p of patterns.split(/\s+/).filter((x) => x !== '')) {
    const negated = p.startsWith('!');
    const re = new RegExp(`^${(negated ? p.slice(1) : p).replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
    if (re.test(host)) {
      if (negated) return false;
      matched = true;
    }
  }
  return matched;
}

export function parseSshOptions(
  args: readonly string[],
  home: string = homedir(),
  config?: SshConfigInput,
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): SshOptions {
  const out: SshOptions = {
    port: 22, identityFiles: [], identitiesOnly: false, knownHostsFiles: [], globalKnownHostsFiles: [], hashKnownHosts: false, hostKeyPolicy: 'ask', ignored: [],
  };
  const seen = new Set<string>();
  const once = (key: string): boolean => !seen.has(key) && (seen.add(key), true);

  /** One keyword with its value, from -o or a config line; false if not one the client uses. */
  const keyword = (name: string, rawValue: string): boolean => {
    const key = name.toLowerCase();
    const value = rawValue.replace(/^"(.*)"$/, '$1');
    switch (key) {
      case 'port': {
        const n = Number(value);
        if (!(Number.isInteger(n) && n > 0 && n < 65536)) return false;
        if (once(key)) out.port = n;
        return true;
      }
      case 'identityfile':
        out.identityFiles.push(expandHome(value, home));
        return true;
      case 'identitiesonly':
        if (once(key)) out.identitiesOnly = /^yes$/i.test(value);
        return true;
      case 'userknownhostsfile':
      case 'globalknownhostsfile':
        if (once(key)) (key === 'userknownhostsfile' ? out.knownHostsFiles : out.globalKnownHostsFiles).push(...files(value));
        return true;
      case 'hashknownhosts':
        if (once(key)) out.hashKnownHosts = /^yes$/i.test(value);
        return true;
      case 'stricthostkeychecking': {
        const v = value.toLowerCase();
        if (once(key)) out.hostKeyPolicy = v === 'no' || v === 'off' ? 'no' : v === 'accept-new' ? 'accept-new' : v === 'yes' ? 'yes' : 'ask';
        return true;
      }
      default:
        return false;
    }
  };
  const files = (value: string): string[] => value.split(/\s+/).filter((f) => f !== '').map((f) => expandHome(f, home));
  const split = (text: string): [string, string] | undefined => {
    const m = /^\s*([A-Za-z]+)\s*(?:=|\s)\s*(.*?)\s*$/.exec(text);
    return m ? [m[1]!, m[2]!] : undefined;
  };

  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const m = /^-([A-Za-z])(.*)$/s.exec(arg);
    if (!m) {
      out.ignored.push(arg);
      continue;
    }
    const flag = m[1]!;
    const value: string | undefined = m[2] !== '' ? m[2] : WITH_VALUE.has(flag) ? args[++i] : undefined;
    const original = value !== undefined && m[2] === '' ? `${arg} ${value}` : arg;
    if (value === undefined && WITH_VALUE.has(flag)) out.ignored.push(arg);
    else if (flag === 'p') {
      if (!keyword('port', value!)) out.ignored.push(original);
    } else if (flag === 'i') keyword('identityfile', value!);
    else if (flag === 'o') {
      const kv = split(value!);
      if (!kv || !keyword(kv[0], kv[1])) out.ignored.push(`-o ${value}`);
    } else if (flag !== 'F') out.ignored.push(original);
  }

  if (config) {
    let active = true;
    for (const raw of config.text.split(/\r?\n/)) {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) continue;
      const kv = split(line);
      if (!kv) continue;
      const name = kv[0].toLowerCase();
      // Match blocks need more than a host name to evaluate: their settings are left out.
      if (name === 'host') active = hostMatches(kv[1], config.host);
      else if (name === 'match') active = false;
      else if (active) keyword(kv[0], kv[1]);
    }
  }
  if (out.knownHostsFiles.length === 0) out.knownHostsFiles.push(path.join(home, '.ssh', 'known_hosts'), path.join(home, '.ssh', 'known_hosts2'));
  if (out.globalKnownHostsFiles.length === 0) out.globalKnownHostsFiles.push(...globalKnownHosts(platform, env));
  return out;
}

/** ssh_config files read one after another: each starts outside any Host block, as its own file would. */
export function configText(texts: readonly string[]): string {
  return texts.join('\nHost *\n');
}

/** OpenSSH's default GlobalKnownHostsFile: /etc/ssh on Unix, %ProgramData%\\ssh on Windows. */
function globalKnownHosts(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform !== 'win32') return ['/etc/ssh/ssh_known_hosts', '/etc/ssh/ssh_known_hosts2'];
  return [path.win32.join(env.ProgramData ?? 'C:\\ProgramData', 'ssh', 'ssh_known_hosts')];
}

/** The keys OpenSSH tries by default, most preferred first (ssh2 cannot use the -sk kinds). */
export function defaultIdentityFiles(home: string = homedir()): string[] {
  return ['id_ed25519', 'id_ecdsa', 'id_rsa'].map((n) => path.join(home, '.ssh', n));
}

/**
 * Where agents may be: SSH_AUTH_SOCK; on Windows without it, the Windows OpenSSH agent's pipe
 * and then Pageant ('pageant' is ssh2's name for it).
 */
export function agentPaths(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  if (env.SSH_AUTH_SOCK) return [env.SSH_AUTH_SOCK];
  return platform === 'win32' ? ['\\\\.\\pipe\\openssh-ssh-agent', 'pageant'] : [];
}
