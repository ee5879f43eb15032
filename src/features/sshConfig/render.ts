// The managed ssh_config file as text, and read back. Its names come from the API, so they are
// hostile input: a part that is not a plain name (letters, digits, `-`, `_`), an address that is
// not an IP or a user that is not a plain user name leaves that server out, so nothing here can
// start a line, add a directive (`ProxyCommand`, `Match`), a second pattern or a wildcard. The
// comments hold only those checked names. No vscode import; node:net is loaded on first use.

export interface ManagedHost {
  /** The profile it was seen through (`default`, or a `bigv.profiles` id). */
  profileId: string;
  account: string;
  group: string;
  server: string;
  address: string | undefined;
}

const PART = /^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/;
const PROFILE = /^[a-z0-9][a-z0-9-]{0,39}$/;
const USER = /^[A-Za-z_][A-Za-z0-9_.-]{0,31}$/;

let net: typeof import('node:net') | undefined;
const isIp = (s: string): boolean => (net ??= require('node:net') as typeof import('node:net')).isIP(s) !== 0;

/** A name that can stand in a Host line as one literal pattern. */
export const isPlainName = (s: unknown): s is string => typeof s === 'string' && PART.test(s);

/** `server.group.account`: the name a server gets in the file (and in Remote-SSH's list). */
export const hostAlias = (h: Pick<ManagedHost, 'server' | 'group' | 'account'>): string => `${h.server}.${h.group}.${h.account}`;

export function usable(h: ManagedHost): h is ManagedHost & { address: string } {
  return PROFILE.test(h.profileId) && isPlainName(h.server) && isPlainName(h.group) && isPlainName(h.account) && typeof h.address === 'string' && isIp(h.address);
}

export const HEADER = [
  '# Written by the Bytemark Cloud (BigV) extension for VS Code, and rewritten whenever your servers',
  '# change: edits here are lost. Keep your own settings in ~/.ssh/config; turn this file off with',
  '# "Stop Keeping an SSH Config for My Servers".',
];

export interface Rendered {
  text: string;
  /** Each server written, by `profileId/server.group.account`: the alias ssh knows it by. */
  aliases: Map<string, string>;
  /** Servers left out (a name or address that cannot be written safely, or a name taken twice). */
  skipped: string[];
}

/**
 * The file: a Host block per server, `server.group.account` and (when no other server, and no Host
 * of the user's own, has it) the bare server name. `reserved`: names the user's own config uses.
 */
export function renderConfig(hosts: readonly ManagedHost[], userFor: (h: ManagedHost) => string, reserved: ReadonlySet<string> = new Set()): Rendered {
  const skipped: string[] = [];
  const seen = new Set<string>();
  const ok: Array<ManagedHost & { address: string; user: string }> = [];
  for (const h of hosts) {
    const user = userFor(h);
    if (!usable(h) || !USER.test(user)) {
      skipped.push(`${JSON.stringify(h.server)} in ${JSON.stringify(h.group)}/${JSON.stringify(h.account)}`);
      continue;
    }
    const alias = hostAlias(h).toLowerCase();
    if (seen.has(alias) || reserved.has(alias)) {
      skipped.push(`${hostAlias(h)} (profile ${h.profileId}): the name is taken`);
      continue;
    }
    seen.add(alias);
    ok.push({ ...h, user });
  }
  const shortCount = new Map<string, number>();
  for (const h of ok) shortCount.set(h.server.toLowerCase(), (shortCount.get(h.server.toLowerCase()) ?? 0) + 1);
  const lines = [...HEADER];
  const aliases = new Map<string, string>();
  for (const h of ok) {
    const alias = hostAlias(h);
    const short = shortCount.get(h.server.toLowerCase()) === 1 && !reserved.has(h.server.toLowerCase()) ? ` ${h.server}` : '';
    aliases.set(`${h.profileId}/${alias}`, alias);
    lines.push('', `# account ${h.account}, group ${h.group}, profile ${h.profileId}`, `Host ${alias}${short}`, `  HostName ${h.address}`, `  User ${h.user}`);
  }
  return { text: `${lines.join('\n')}\n`, aliases, skipped };
}

const BLOCK = /^# account ([A-Za-z0-9_-]+), group ([A-Za-z0-9_-]+), profile ([a-z0-9-]+)$/;

/** The servers a file written by renderConfig lists (anything else in it is ignored). */
export function parseConfig(text: string): ManagedHost[] {
  const out: ManagedHost[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = BLOCK.exec(lines[i]!);
    if (!m) continue;
    const host = /^Host (\S+)/.exec(lines[i + 1] ?? '');
    const address = /^ {2}HostName (\S+)$/.exec(lines[i + 2] ?? '');
    const [account, group, profileId] = [m[1]!, m[2]!, m[3]!];
    const suffix = `.${group}.${account}`;
    if (!host || !address || !host[1]!.endsWith(suffix)) continue;
    const h: ManagedHost = { profileId, account, group, server: host[1]!.slice(0, -suffix.length), address: address[1]! };
    if (usable(h)) out.push(h);
  }
  return out;
}
