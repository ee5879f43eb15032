// bigv_serverDetails: one server as a model needs it (state, size, discs with backups and
// schedules, addresses, hardware profile, last image, management address); bigv_whoMayDoWhat:
// the privileges the signed-in user holds, or those on one server. Never a secret.
import { z } from '../api';
import { serverAddresses } from '../model/addresses';
import { formatCores, formatDiscSize, formatMemory } from '../model/format';
import { stateLabel, stateOf } from '../model/serverState';
import { findOne, type Found } from './servers';
import { defineTool, ToolError } from './types';

export interface ServerInput {
  server: string;
  profile?: string | undefined;
}

export const serverSchema = () => z.strictObject({ server: z.string().check(z.minLength(1)), profile: z.optional(z.string()) });

const every = (seconds: number): string => (seconds % 86_400 === 0 ? `every ${seconds / 86_400} day(s)` : seconds % 3600 === 0 ? `every ${seconds / 3600} hour(s)` : `every ${seconds} s`);

export function describeServer(f: Found): string {
  const vm = f.t.vm;
  const lines = [
    `${f.t.fullName} (profile ${f.p.profile.name})`,
    `state: ${stateLabel(stateOf(vm, f.t.pending)).replace(/…$/, '').toLowerCase()}${f.t.appliance ? ` (${f.t.appliance} system)` : ''}; automatic restart ${vm.autoreboot_on ? 'on' : 'off'}`,
    `size: ${formatCores(vm.cores)}, ${formatMemory(vm.memory)}`,
  ];
  if (vm.hostname) lines.push(`hostname: ${vm.hostname}`);
  const addresses = serverAddresses(vm).map((a) => `${a.ip}${a.kind === 'extra' ? ' (extra)' : ''}`);
  lines.push(`addresses: ${addresses.join(', ') || 'none'}`);
  for (const d of vm.discs ?? []) {
    const schedules = (d.backup_schedules ?? []).map((s) => `${every(s.interval_seconds)} from ${s.start_at}${s.capacity ? `, keeping ${s.capacity}` : ''}`);
    lines.push(`disc ${d.label}: ${formatDiscSize(d.size)} ${d.storage_grade}; backups: ${d.backup_count ?? 0}; schedules: ${schedules.join('; ') || 'none'}`);
  }
  if (vm.hardware_profile) lines.push(`hardware profile: ${vm.hardware_profile}${vm.hardware_profile_locked ? ' (locked)' : ''}`);
  if (vm.last_imaged_with) lines.push(`last image: ${vm.last_imaged_with}`);
  if (vm.cdrom_url) lines.push(`CD-ROM: ${vm.cdrom_url}`);
  if (vm.zone_name) lines.push(`zone: ${vm.zone_name}`);
  if (vm.management_address) lines.push(`management address: ${vm.management_address}`);
  if (vm.deleted) lines.push('deleted: it can be restored (bigv_restoreServer) until it is purged');
  return lines.join('\n');
}

export const serverDetails = defineTool<ServerInput>({
  name: 'bigv_serverDetails',
  kind: 'read',
  schema: serverSchema,
  invocation: (i) => `Reading ${i.server}`,
  invoke: async (host, input) => describeServer(await findOne(host, input.server, input.profile)),
});

export interface WhoInput {
  server?: string | undefined;
  profile?: string | undefined;
}

export const whoMayDoWhat = defineTool<WhoInput>({
  name: 'bigv_whoMayDoWhat',
  kind: 'read',
  schema: () => z.strictObject({ server: z.optional(z.string().check(z.minLength(1))), profile: z.optional(z.string()) }),
  invocation: (i) => (i.server ? `Reading who has access to ${i.server}` : 'Reading your privileges'),
  async invoke(host, input, signal) {
    const found = input.server ? await findOne(host, input.server, input.profile) : undefined;
    const wanted = input.profile?.toLowerCase();
    const profiles = found ? [found.p] : host.profiles().filter((p) => p.profile.username !== undefined && (wanted === undefined || p.profile.name.toLowerCase() === wanted || p.profile.id === wanted));
    if (profiles.length === 0) throw new ToolError(`Not signed in${input.profile ? ` to a profile "${input.profile}"` : ''}: the person signs in first (BigV: Sign In).`);
    const out: string[] = [];
    for (const p of profiles) {
      const brain = await p.ctx.brain();
      if (!brain) throw new ToolError(`Not signed in to ${p.profile.name}.`);
      const list = found ? await brain.privileges.on(found.t.ref, { signal }) : await brain.privileges.list({ signal });
      out.push(found ? `Privileges on ${found.t.fullName}:` : `${p.profile.username} on ${p.profile.name}${p.ctx.session.usesApiKey ? ' (signed in with an API key: its privileges)' : ''}:`);
      for (const v of list.slice(0, 100)) {
        const on = v.virtual_machine_name ? `server ${v.virtual_machine_name}` : v.group_name ? `group ${v.group_name}` : v.account_name ? `account ${v.account_name}` : 'everything';
        out.push(`- ${v.username}: ${v.level} on ${on}${v.yubikey_required ? ' (Yubikey)' : ''}${v.api_key_id ? ' (API key)' : ''}`);
      }
      if (list.length > 100) out.push(`(and ${list.length - 100} more)`);
    }
    out.push('A change to a server needs server administrator on it, or group or account administrator.');
    return out.join('\n');
  },
});
