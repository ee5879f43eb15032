// The servers the tools see: every signed-in profile's, as the tree has them (loaded if need be),
// and one named by the model found among them, by its full name, its name, hostname or an address.
import { stateLabel, stateOf } from '../model/serverState';
import { serverAddresses } from '../model/addresses';
import type { ServerTarget } from '../model/target';
import { ToolError, type ToolHost, type ToolProfile } from './types';

export interface Found {
  p: ToolProfile;
  t: ServerTarget;
}

export interface Estate {
  found: Found[];
  /** Profiles no one is signed in to (their servers are not known). */
  signedOut: string[];
}

/** Every signed-in profile's servers; `profile` narrows to one (by name or id, any case). */
export async function everyServer(host: ToolHost, profile?: string): Promise<Estate> {
  const found: Found[] = [];
  const signedOut: string[] = [];
  const wanted = profile?.toLowerCase();
  const profiles = host.profiles().filter((p) => wanted === undefined || p.profile.name.toLowerCase() === wanted || p.profile.id === wanted);
  if (profiles.length === 0 && profile !== undefined) {
    throw new ToolError(`There is no profile "${profile}". The profiles are: ${host.profiles().map((p) => p.profile.name).join(', ')}.`);
  }
  for (const p of profiles) {
    if (p.profile.username === undefined) {
      signedOut.push(p.profile.name);
      continue;
    }
    for (const t of (await p.ctx.view.allServers()) ?? []) found.push({ p, t });
  }
  return { found, signedOut };
}

/** Every address of the server, for matching. */
export const addressesOf = (t: ServerTarget): string[] => serverAddresses(t.vm).map((a) => a.ip);

/** `web1.default.demo (running, profile Bytemark Cloud)`: which server, unmistakably. */
export function nameOf(f: Found, many: boolean): string {
  const state = stateLabel(stateOf(f.t.vm, f.t.pending)).replace(/…$/, '').toLowerCase();
  return `${f.t.fullName} (${state}${many ? `, profile ${f.p.profile.name}` : ''})`;
}

export const severalProfiles = (host: ToolHost): boolean => host.profiles().length > 1;

/**
 * The one server `spec` names: its full name `name.group.account` (the CLI's notation), else its
 * name, hostname or an address, if only one has it. Otherwise a ToolError that says what to give.
 */
export async function findOne(host: ToolHost, spec: string, profile?: string): Promise<Found> {
  const { found, signedOut } = await everyServer(host, profile);
  const s = spec.trim().toLowerCase();
  const exact = found.filter((f) => f.t.fullName.toLowerCase() === s);
  const by = exact.length > 0 ? exact : found.filter((f) => f.t.vm.name.toLowerCase() === s || f.t.vm.hostname?.toLowerCase() === s || addressesOf(f.t).includes(s));
  if (by.length === 1) return by[0]!;
  const many = severalProfiles(host);
  if (by.length > 1) {
    const names = by.slice(0, 10).map((f) => nameOf(f, many)).join('; ');
    throw new ToolError(`"${spec}" names ${by.length} servers: ${names}${by.length > 10 ? '; …' : ''}. Give the full name (name.group.account)${many ? ' and the profile' : ''}.`);
  }
  const near = found.filter((f) => f.t.fullName.toLowerCase().includes(s)).slice(0, 5);
  const hint = near.length > 0 ? ` Did you mean: ${near.map((f) => f.t.fullName).join(', ')}?` : ' Use bigv_findServers to look for it.';
  const out = signedOut.length > 0 ? ` (Not signed in to: ${signedOut.join(', ')}.)` : '';
  throw new ToolError(`No server is called "${spec}".${hint}${out}`);
}

/** Several servers, each found as findOne does; none may be named twice. */
export async function findMany(host: ToolHost, specs: readonly string[], profile?: string): Promise<Found[]> {
  const out: Found[] = [];
  for (const spec of specs) {
    const f = await findOne(host, spec, profile);
    if (!out.some((o) => o.p === f.p && o.t.vm.id === f.t.vm.id)) out.push(f);
  }
  return out;
}

