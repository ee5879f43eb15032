// The built-in SSH client honours the parts of `bigv.console.sshArgs` that decide where and how
// it connects (port, key files, known_hosts files, host key policy), so one setting serves both
// the system ssh and the built-in client. Everything else is reported, not guessed at.
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
  knownHostsFiles: string[];
  hostKeyPolicy: HostKeyPolicy;
  /** Arguments the built-in client does not act on, for the log. */
  ignored: string[];
}

/** Options that take a value: their value must not be read as the next option. */
const WITH_VALUE = new Set('BbcDEeFIiJLlmOopQRSWw'.split(''));

export function expandHome(file: string, home: string = homedir()): string {
  return /^~([/\\]|$)/.test(file) ? path.join(home, file.slice(1)) : file;
}

export function parseSshOptions(args: readonly string[], home: string = homedir()): SshOptions {
  const out: SshOptions = {
    port: 22,
    identityFiles: [],
    identitiesOnly: false,
    knownHostsFiles: [],
    hostKeyPolicy: 'ask',
    ignored: [],
  };
  const setOption = (text: string): void => {
    const m = /^\s*([A-Za-z]+)\s*(?:=|\s)\s*(.*?)\s*$/.exec(text);
    if (!m) return void out.ignored.push(`-o ${text}`);
    const key = m[1]!.toLowerCase();
    const value = m[2]!.replace(/^"(.*)"$/, '$1');
    switch (key) {
      case 'port':
        setPort(value, `-o ${text}`);
        break;
      case 'identityfile':
        out.identityFiles.push(expandHome(value, home));
        break;
      case 'identitiesonly':
        out.identitiesOnly = /^yes$/i.test(value);
        break;
      case 'userknownhostsfile':
        out.knownHostsFiles.push(...value.split(/\s+/).filter((f) => f !== '').map((f) => expandHome(f, home)));
        break;
      case 'stricthostkeychecking': {
        const v = value.toLowerCase();
        out.hostKeyPolicy = v === 'no' || v === 'off' ? 'no' : v === 'accept-new' ? 'accept-new' : v === 'yes' ? 'yes' : 'ask';
        break;
      }
      default:
        out.ignored.push(`-o ${text}`);
    }
  };
  const setPort = (value: string, original: string): void => {
    const n = Number(value);
    if (Number.isInteger(n) && n > 0 && n < 65536) out.port = n;
    else out.ignored.push(original);
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const m = /^-([A-Za-z])(.*)$/s.exec(arg);
    if (!m) {
      out.ignored.push(arg);
      continue;
    }
    const flag = m[1]!;
    let value: string | undefined = m[2] !== '' ? m[2] : undefined;
    if (WITH_VALUE.has(flag) && value === undefined) value = args[++i];
    if (value === undefined && WITH_VALUE.has(flag)) {
      out.ignored.push(arg);
      continue;
    }
    if (flag === 'p') setPort(value!, `${arg} ${value}`);
    else if (flag === 'i') out.identityFiles.push(expandHome(value!, home));
    else if (flag === 'o') setOption(value!);
    else out.ignored.push(value !== undefined && m[2] === '' ? `${arg} ${value}` : arg);
  }
  if (out.knownHostsFiles.length === 0) out.knownHostsFiles.push(path.join(home, '.ssh', 'known_hosts'));
  return out;
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
