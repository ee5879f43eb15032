// bigv_findServers: which servers match a part of a name, an address, a state, an account or a
// group, across the signed-in profiles. Compact for a model: at most `limit` rows, then counts
// by state and account, and how to narrow.
import { z } from '../api';
import { formatCores, formatMemory, primaryIp } from '../model/format';
import { stateOf, type ServerStateName } from '../model/serverState';
import type { ServerTarget } from '../model/target';
import { addressesOf, everyServer, severalProfiles, type Found } from './servers';
import { defineTool } from './types';

export const STATES = ['running', 'stopped', 'changing', 'deleted'] as const;
type StateWord = (typeof STATES)[number];

export interface FindInput {
  text?: string | undefined;
  state?: StateWord | undefined;
  account?: string | undefined;
  group?: string | undefined;
  profile?: string | undefined;
  limit?: number | undefined;
}

export const DEFAULT_ROWS = 25;
export const MOST_ROWS = 200;

function stateWord(s: ServerStateName): StateWord {
  return s === 'running' || s === 'stopped' || s === 'deleted' ? s : 'changing';
}

const wordOf = (t: ServerTarget): StateWord => stateWord(stateOf(t.vm, t.pending));

function matches(t: ServerTarget, i: FindInput): boolean {
  if (i.state && wordOf(t) !== i.state) return false;
  if (i.account && t.accountName.toLowerCase() !== i.account.toLowerCase()) return false;
  if (i.group && t.groupName.toLowerCase() !== i.group.toLowerCase()) return false;
  if (!i.text) return true;
  const s = i.text.trim().toLowerCase();
  return t.fullName.toLowerCase().includes(s) || (t.vm.hostname?.toLowerCase().includes(s) ?? false) || addressesOf(t).some((a) => a.startsWith(s));
}

/** One line a model reads: `web1.default.demo: running, 2 vCPU, 4 GiB, 46.43.1.2`. */
export function serverLine(f: Found, withProfile: boolean): string {
  const t = f.t;
  const parts = [wordOf(t) === 'changing' ? stateOf(t.vm, t.pending) : wordOf(t), formatCores(t.vm.cores), formatMemory(t.vm.memory)];
  const ip = primaryIp(t.vm);
  if (ip) parts.push(ip);
  return `${t.fullName}${withProfile ? ` [${f.p.profile.name}]` : ''}: ${parts.join(', ')}`;
}

function tally(found: readonly Found[], key: (f: Found) => string, most = 8): string {
  const n = new Map<string, number>();
  for (const f of found) n.set(key(f), (n.get(key(f)) ?? 0) + 1);
  const sorted = [...n].sort((a, b) => b[1] - a[1]);
  const shown = sorted.slice(0, most).map(([k, c]) => `${k} ${c}`);
  return sorted.length > most ? `${shown.join(', ')}, and ${sorted.length - most} more` : shown.join(', ');
}

export const findServers = defineTool<FindInput>({
  name: 'bigv_findServers',
  kind: 'read',
  schema: () =>
    z.strictObject({
      text: z.optional(z.string().check(z.maxLength(200))),
      state: z.optional(z.enum(STATES)),
      account: z.optional(z.string()),
      group: z.optional(z.string()),
      profile: z.optional(z.string()),
      limit: z.optional(z.int().check(z.gte(1), z.lte(MOST_ROWS))),
    }),
  invocation: () => 'Looking for Bytemark Cloud servers',
  async invoke(host, input) {
    const { found, signedOut } = await everyServer(host, input.profile);
    const hits = found.filter((f) => matches(f.t, input));
    const many = severalProfiles(host);
    const limit = input.limit ?? DEFAULT_ROWS;
    const head = `${hits.length} of ${found.length} servers match${signedOut.length ? ` (not signed in to ${signedOut.join(', ')}: its servers are not known)` : ''}.`;
    if (hits.length === 0) return `${head}${found.length ? ' Try a shorter part of the name, or no state.' : ''}`;
    const lines = [head, ...hits.slice(0, limit).map((f) => serverLine(f, many))];
    if (hits.length > limit) {
      lines.push(`(${limit} shown, ${hits.length - limit} more.) By state: ${tally(hits, (f) => wordOf(f.t))}. By account: ${tally(hits, (f) => f.t.accountName)}.`);
      lines.push(`To narrow, give text (part of the name or address), state, account or group${many ? ', or profile' : ''}; limit shows up to ${MOST_ROWS}.`);
    }
    return lines.join('\n');
  },
});
