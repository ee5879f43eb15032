// Address changes through their commands, as the menus run them: Add IP Addresses… on the
// server's Network row, Set Reverse DNS… on an address. The confirmation names the addresses and
// how the change is undone; the handlers' prompts are answered from the input.
import * as l10n from '@vscode/l10n';
import { z } from '../api';
import type { DetailNode } from '../estate/nodes';
import { primaryIp } from '../model/format';
import { confirmation, runCommand } from './act';
import { subGuard } from './discChange';
import { findOne, type Found } from './servers';
import { defineTool, ToolError, type ToolHost } from './types';

export interface AddIpsInput { server: string; count: number; reason: string; profile?: string | undefined }

export const addIps = defineTool<AddIpsInput>({
  name: 'bigv_addIps',
  kind: 'change',
  schema: () => z.strictObject({ server: z.string().check(z.minLength(1)), count: z.int().check(z.gte(1), z.lte(4)), reason: z.string().check(z.minLength(1), z.maxLength(500)), profile: z.optional(z.string()) }),
  invocation: (i) => `Adding ${i.count} IP address(es) to ${i.server}`,
  async confirm(host, i) {
    const f = subGuard(await findOne(host, i.server, i.profile), 'addIps');
    return confirmation([f], {
      title: l10n.t('Add {0} IPv4 address(es) to {1}?', i.count, f.t.fullName),
      change: () => l10n.t('{0} more IPv4 address(es), routed via {1}; the reason Bytemark reviews: "{2}"; configure them in the server to use them', i.count, primaryIp(f.t.vm) ?? l10n.t('its primary address'), i.reason.trim()),
      undo: l10n.t('Remove each address, from the BigV view (Remove IP Address on its row).'),
    });
  },
  async invoke(host, i) {
    const f = subGuard(await findOne(host, i.server, i.profile), 'addIps');
    return runCommand(f.p, 'bigv_addIps', 'bigv.addIps', [f.p.node(f.t.vm.id) ?? f.t], { inputs: [String(i.count), i.reason] });
  },
});

export interface RdnsInput { server: string; ip: string; hostname: string; profile?: string | undefined }

type IpRow = Extract<DetailNode, { kind: 'ip' }>;

async function ipOf(host: ToolHost, i: RdnsInput): Promise<{ f: Found; row: IpRow; now: string | null | undefined }> {
  const f = await findOne(host, i.server, i.profile);
  const rows = (await f.p.ctx.details.rows(f.t.vm.id, 'ip')) as IpRow[];
  const row = rows.find((r) => r.ip === i.ip.trim());
  if (!row) throw new ToolError(`${f.t.fullName} has no address ${i.ip}; its addresses are: ${rows.map((r) => r.ip).join(', ') || 'none'}.`);
  subGuard(f, 'setRdns', { extra: row.family === 'extra' });
  // What it resolves back to now: as the tree read it, else read now (a read, for the confirmation).
  const known = row.parent.rdns?.has(row.ip) ? row.parent.rdns.get(row.ip) : undefined;
  const now = known !== undefined ? known : await (await f.p.ctx.brain())?.network.getIp(row.ip).then((x) => x.rdns ?? null, () => undefined);
  return { f, row, now };
}

export const setRdns = defineTool<RdnsInput>({
  name: 'bigv_setReverseDns',
  kind: 'change',
  schema: () => z.strictObject({ server: z.string().check(z.minLength(1)), ip: z.string().check(z.minLength(2)), hostname: z.string().check(z.maxLength(253)), profile: z.optional(z.string()) }),
  invocation: (i) => `Setting the reverse DNS of ${i.ip}`,
  async confirm(host, i) {
    const { f, row, now } = await ipOf(host, i);
    const was = now === undefined ? l10n.t('(not read)') : now ?? l10n.t('Bytemark\'s default');
    const recorded = row.parent.rdns?.has(row.ip);
    return confirmation([f], {
      title: l10n.t('Set the reverse DNS of {0}?', row.ip),
      change: () => l10n.t('{0} resolves back to {1} → {2}', row.ip, was, i.hostname.trim() || l10n.t('Bytemark\'s default')),
      undo: recorded ? l10n.t('Set it back to {0} (Undo in the Activity view).', was) : l10n.t('Set it back to {0} with this tool again (the Activity view offers Undo once the BigV view has read the address\'s reverse DNS).', was),
    });
  },
  async invoke(host, i) {
    const { f, row } = await ipOf(host, i);
    return runCommand(f.p, 'bigv_setReverseDns', 'bigv.setRdns', [row], { inputs: [i.hostname] }, 'Nothing was changed: it already resolves back to that.');
  },
});
