// The serial console command line, built the way the Go CLI builds it (bigv-api.md D.3):
// `ssh [user's extra args] <session username>@<management_address>`, no port or -t, IPv6 not
// bracketed. It becomes a process argv directly (never a shell string), so nothing here is
// quoted; instead every value from the network is checked so it cannot turn into an option.
import { isIP } from 'node:net';

export interface ConsoleSettings {
  sshPath: string;
  sshArgs: string[];
}

export type SettingsProblem = 'path-not-string' | 'args-open-quote' | 'args-item-not-string' | 'args-not-list';

export type SettingsResult =
  | { ok: true; settings: ConsoleSettings }
  | { ok: false; problem: SettingsProblem; item?: number };

/**
 * Reads `bigv.console.sshPath` / `bigv.console.sshArgs` as they come from the configuration
 * (values of any type, since settings.json is hand-edited). A single string for sshArgs is
 * accepted and split like the Go CLI's `--ssh-args`, because that is what people paste.
 */
export function parseConsoleSettings(sshPath: unknown, sshArgs: unknown): SettingsResult {
  let pathValue = 'ssh';
  if (sshPath !== undefined && sshPath !== null) {
    if (typeof sshPath !== 'string') return { ok: false, problem: 'path-not-string' };
    if (sshPath.trim() !== '') pathValue = sshPath.trim();
  }
  let args: string[] = [];
  if (typeof sshArgs === 'string') {
    const split = splitArgs(sshArgs);
    if (split === undefined) return { ok: false, problem: 'args-open-quote' };
    args = split;
  } else if (Array.isArray(sshArgs)) {
    const bad = sshArgs.findIndex((a) => typeof a !== 'string');
    if (bad >= 0) return { ok: false, problem: 'args-item-not-string', item: bad + 1 };
    args = sshArgs as string[];
  } else if (sshArgs !== undefined && sshArgs !== null) {
    return { ok: false, problem: 'args-not-list' };
  }
  return { ok: true, settings: { sshPath: pathValue, sshArgs: args } };
}

/** Splits on whitespace, honouring '…' and "…" (as the Go CLI's collectArgs). Undefined if a quote is left open. */
export function splitArgs(text: string): string[] | undefined {
  const out: string[] = [];
  let current = '';
  let inWord = false;
  let quote: string | undefined;
  for (const ch of text) {
    if (quote !== undefined) {
      if (ch === quote) quote = undefined;
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) out.push(current);
      current = '';
      inWord = false;
    } else {
      current += ch;
      inWord = true;
    }
  }
  if (quote !== undefined) return undefined;
  if (inWord) out.push(current);
  return out;
}

export type ArgvProblem = 'no-address' | 'bad-address' | 'no-username' | 'bad-username';

export type ArgvResult = { ok: true; argv: string[]; destination: string } | { ok: false; problem: ArgvProblem };

/**
 * The ssh arguments (after the program) for a server's serial console. `managementAddress` comes
 * from the API: it must be a plain IP, or a value such as `-oProxyCommand=…` would be an option.
 */
export function buildSshArgv(o: {
  sshArgs: readonly string[];
  username: string | undefined;
  managementAddress: string | null | undefined;
}): ArgvResult {
  const address = (o.managementAddress ?? '').trim().replace(/^\[(.*)\]$/, '$1');
  if (address === '') return { ok: false, problem: 'no-address' };
  if (isIP(address) === 0) return { ok: false, problem: 'bad-address' };
  const username = (o.username ?? '').trim();
  if (username === '') return { ok: false, problem: 'no-username' };
  // Bytemark usernames are simple; anything with '@', spaces or a leading dash is refused.
  if (!/^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(username)) return { ok: false, problem: 'bad-username' };
  const destination = `${username}@${address}`;
  return { ok: true, argv: [...o.sshArgs, destination], destination };
}
