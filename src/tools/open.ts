// bigv_openIrreversible: what cannot be undone is not a tool. Asked for one, this says what it
// would do and opens the ordinary command on that target in VS Code, where the person confirms
// by typing the name (or cancels). Nothing is changed by the tool itself.
import { z } from '../api';
import type { DetailNode } from '../estate/nodes';
import { discOf } from './detailTools';
import { findOne, type Found } from './servers';
import { defineTool, ToolError, type ToolHost } from './types';

const ACTIONS = {
  reimage: { id: 'bigv.reimage', what: 'installs a new operating system on the server, erasing its first disc' },
  deleteServer: { id: 'bigv.delete', what: 'deletes the server (it can be restored for a while, then it is purged)' },
  purge: { id: 'bigv.purge', what: 'destroys the deleted server and its discs for good' },
  deleteDisc: { id: 'bigv.deleteDisc', what: 'destroys the disc and everything on it' },
  deleteBackup: { id: 'bigv.deleteBackup', what: 'destroys the backup' },
  restoreBackup: { id: 'bigv.restoreBackup', what: 'overwrites the disc with the backup (what was written since is lost)' },
  deleteGroup: { id: 'bigv.deleteGroup', what: 'deletes the group (and, if asked there, its servers)' },
} as const;
type Action = keyof typeof ACTIONS;

export interface OpenInput {
  action: Action;
  /** The server (every action but deleteGroup). */
  server?: string | undefined;
  disc?: string | undefined;
  /** The backup's label (deleteBackup, restoreBackup). */
  backup?: string | undefined;
  /** `group.account` (deleteGroup). */
  group?: string | undefined;
  profile?: string | undefined;
}

async function targetOf(host: ToolHost, i: OpenInput): Promise<{ profileId: string; arg: unknown; name: string }> {
  if (i.action === 'deleteGroup') return groupOf(host, i);
  if (!i.server) throw new ToolError(`${i.action} needs server.`);
  if (i.action === 'deleteDisc' || i.action === 'deleteBackup' || i.action === 'restoreBackup') {
    const { f, row } = await discOf(host, { server: i.server, disc: i.disc, profile: i.profile });
    if (i.action === 'deleteDisc') return { profileId: f.p.profile.id, arg: row, name: `disc ${row.disc.label} of ${f.t.fullName}` };
    return backupOf(f, row.disc.id, i.backup);
  }
  const f = await findOne(host, i.server, i.profile);
  return { profileId: f.p.profile.id, arg: f.p.node(f.t.vm.id) ?? f.t, name: f.t.fullName };
}

async function backupOf(f: Found, discId: number, label: string | undefined): Promise<{ profileId: string; arg: unknown; name: string }> {
  if (!label) throw new ToolError('Say which backup, as backup (its label; bigv_serverDetails counts them).');
  const rows = ((await f.p.ctx.details.rows(f.t.vm.id, 'backup')) as Extract<DetailNode, { kind: 'backup' }>[]).filter((r) => r.parent.parent.disc.id === discId);
  const row = rows.find((r) => r.backup.label.toLowerCase() === label.toLowerCase());
  if (!row) throw new ToolError(`No backup "${label}"; there are: ${rows.slice(0, 20).map((r) => r.backup.label).join(', ') || 'none'}.`);
  return { profileId: f.p.profile.id, arg: row, name: `backup ${row.backup.label} of ${f.t.fullName}` };
}

async function groupOf(host: ToolHost, i: OpenInput): Promise<{ profileId: string; arg: unknown; name: string }> {
  const [group, account] = (i.group ?? '').toLowerCase().split('.');
  if (!group || !account) throw new ToolError('deleteGroup needs group as group.account.');
  for (const p of host.profiles()) {
    if (p.profile.username === undefined) continue;
    const a = (await p.ctx.accounts())?.find((x) => x.account.name.toLowerCase() === account);
    const g = a?.groups.find((x) => x.group.name.toLowerCase() === group);
    if (g) return { profileId: p.profile.id, arg: g, name: `group ${g.group.name}.${a!.account.name}` };
  }
  throw new ToolError(`No group ${i.group}.`);
}

export const openIrreversible = defineTool<OpenInput>({
  name: 'bigv_openIrreversible',
  kind: 'open',
  schema: () =>
    z.strictObject({
      action: z.enum(Object.keys(ACTIONS) as [Action, ...Action[]]),
      server: z.optional(z.string().check(z.minLength(1))),
      disc: z.optional(z.string()),
      backup: z.optional(z.string()),
      group: z.optional(z.string()),
      profile: z.optional(z.string()),
    }),
  invocation: (i) => `Opening ${i.action} for the person to confirm`,
  async invoke(host, i) {
    const t = await targetOf(host, i);
    const a = ACTIONS[i.action];
    await host.openCommand(a.id, t.profileId, t.arg);
    return `${i.action} on ${t.name} ${a.what}, which cannot be undone, so no tool does it. Its command is open in VS Code: the person reads what it does there and confirms by typing the name, or cancels. Nothing has been changed yet; ask them whether they went ahead before saying it is done.`;
  },
});
