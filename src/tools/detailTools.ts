// Changes to a server's discs through their commands on the disc row: Back Up Now. The row is
// the tree's own (read if need be), as its menu would pass it.
import * as l10n from '@vscode/l10n';
import { z } from '../api';
import type { DetailNode } from '../estate/nodes';
import { formatDiscSize } from '../model/format';
import { applicable, confirmation, runCommand } from './act';
import { findOne, type Found } from './servers';
import { defineTool, ToolError, type ToolHost } from './types';

export interface DiscInput {
  server: string;
  /** The disc's label; may be left out when the server has one disc. */
  disc?: string | undefined;
  profile?: string | undefined;
}

type DiscRow = Extract<DetailNode, { kind: 'disc' }>;

/** The server and its disc row, or a ToolError naming the discs there are. */
export async function discOf(host: ToolHost, i: DiscInput): Promise<{ f: Found; row: DiscRow }> {
  const f = applicable([await findOne(host, i.server, i.profile)], 'showProperties').go[0]!;
  const rows = (await f.p.ctx.details.rows(f.t.vm.id, 'disc')) as DiscRow[];
  const labels = rows.map((r) => r.disc.label).join(', ');
  if (i.disc === undefined) {
    if (rows.length === 1) return { f, row: rows[0]! };
    throw new ToolError(`${f.t.fullName} has ${rows.length} discs (${labels}): say which, as disc.`);
  }
  const row = rows.find((r) => r.disc.label.toLowerCase() === i.disc!.toLowerCase());
  if (!row) throw new ToolError(`${f.t.fullName} has no disc "${i.disc}"; its discs are: ${labels || 'none'}.`);
  return { f, row };
}

export const discSchema = () => z.strictObject({ server: z.string().check(z.minLength(1)), disc: z.optional(z.string().check(z.minLength(1))), profile: z.optional(z.string()) });

export const backUpNow = defineTool<DiscInput>({
  name: 'bigv_backUpNow',
  kind: 'change',
  schema: discSchema,
  invocation: (i) => `Backing up ${i.disc ? `${i.disc} of ` : ''}${i.server}`,
  async confirm(host, i) {
    const { f, row } = await discOf(host, i);
    return confirmation([f], {
      title: l10n.t('Back up disc {0} of {1} now?', row.disc.label, f.t.fullName),
      change: () => l10n.t('disc {0} ({1} {2}): one more backup (it has {3})', row.disc.label, formatDiscSize(row.disc.size), row.disc.storage_grade, row.disc.backup_count ?? 0),
      undo: l10n.t('Delete the backup (from the BigV view: deleting is not a tool).'),
    });
  },
  async invoke(host, i) {
    const { f, row } = await discOf(host, i);
    return runCommand(f.p, 'bigv_backUpNow', 'bigv.backUpNow', [row], {});
  },
});
