// A disc's "Backups" row: the list is one GET, read when first expanded and kept until the next refresh.
import * as l10n from '@vscode/l10n';
import { errorReason } from '../../model/failureText';
import type { BackupNode } from '../nodes';
import { describeRow, serverRef } from './row';

export const backupsRow = describeRow({
  kind: 'backups',
  holds: ['backup'],
  children(node, rows) {
    if (node.error !== undefined) return [rows.placeholder(node, node.error)];
    const list = [...(node.backups ?? [])]
      .sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? '') || b.id - a.id)
      .map((backup) => rows.reuse(`backup:${node.parent.disc.id}:${backup.id}`, (): BackupNode => ({ kind: 'backup', id: `backup:${node.parent.disc.id}:${backup.id}`, parent: node, backup }), (n) => {
        n.backup = backup;
        n.parent = node;
      }));
    return list.length || node.backups === undefined ? list : [rows.placeholder(node, l10n.t('No backups'))];
  },
  look(node) {
    const count = node.backups?.length ?? node.parent.disc.backup_count ?? 0;
    return { label: l10n.t('Backups'), description: String(count), icon: 'archive', expandable: count > 0 || node.backups === undefined };
  },
  lazy: {
    done: (node) => node.backups !== undefined || node.error !== undefined,
    async read(node, io) {
      const disc = node.parent;
      const server = disc.parent.parent;
      try {
        node.backups = await io.brain.backups.list({ ...serverRef(server), disc: disc.disc.id });
      } catch (err) {
        node.error = l10n.t('Backups could not be read: {0}', errorReason(err));
        io.warn(`Reading the backups of ${disc.disc.label} on ${server.vm.name} failed: ${errorReason(err)}`);
      }
    },
    forget(node) {
      delete node.backups;
      delete node.error;
    },
    childrenNeedIt: true,
  },
});
