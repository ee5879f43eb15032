// bigv_openCreateServer: a new server is not made by a tool. Its wizard asks for a root password,
// which must reach the person and never the model (nor the chat's history), and it spends money;
// so this opens the ordinary Create Server wizard (on the group asked for, when one is) where the
// person reads each step and answers. The tool itself changes nothing.
import { z } from '../api';
import { defineTool, ToolError, type ToolHost } from './types';

export interface CreateInput {
  /** `group.account`: where the server goes; absent, the wizard's first step asks. */
  group?: string | undefined;
  profile?: string | undefined;
}

async function groupOf(host: ToolHost, i: CreateInput): Promise<{ profileId: string; arg: unknown; name: string } | undefined> {
  if (i.group === undefined) return undefined;
  const [group, account] = i.group.toLowerCase().split('.');
  if (!group || !account) throw new ToolError('group is group.account, e.g. web.demo (bigv_findServers lists accounts and groups).');
  for (const p of host.profiles()) {
    if (p.profile.username === undefined || (i.profile !== undefined && p.profile.name.toLowerCase() !== i.profile.toLowerCase())) continue;
    const a = (await p.ctx.accounts())?.find((x) => x.account.name.toLowerCase() === account);
    const g = a?.groups.find((x) => x.group.name.toLowerCase() === group);
    if (g) return { profileId: p.profile.id, arg: g, name: `${g.group.name}.${a!.account.name}` };
  }
  throw new ToolError(`No group ${i.group} in the signed-in profiles.`);
}

export const openCreateServer = defineTool<CreateInput>({
  name: 'bigv_openCreateServer',
  kind: 'open',
  schema: () => z.strictObject({ group: z.optional(z.string().check(z.minLength(3))), profile: z.optional(z.string()) }),
  invocation: (i) => `Opening Create Server${i.group ? ` in ${i.group}` : ''} for the person`,
  async invoke(host, i) {
    const g = await groupOf(host, i);
    const first = host.profiles().find((p) => p.profile.username !== undefined);
    if (!g && !first) throw new ToolError('No profile is signed in: the person signs in first.');
    await host.openCommand('bigv.createServer', g?.profileId ?? first!.profile.id, g?.arg);
    return `The Create Server wizard is open in VS Code${g ? ` on ${g.name}` : ''}: the person chooses the name, zone, size, discs and image and sets the root password there (a password never passes through a tool), then confirms. Nothing has been created yet; ask them before saying it was. bigv_listChoices gives the sizes and images to suggest.`;
  },
});
