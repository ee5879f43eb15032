// A backup of a disc: its date, size and whether it was made by hand or by a schedule.
import * as l10n from '@vscode/l10n';
import { backupDate } from '../../model/backupSchedule';
import { subRefusal } from '../../model/discState';
import { formatDiscSize } from '../../model/format';
import { describeRow } from './row';

export const backupRow = describeRow({
  kind: 'backup',
  look(node, server) {
    const b = node.backup;
    const made = b.manual === false ? l10n.t('scheduled') : b.manual ? l10n.t('manual') : undefined;
    return {
      label: backupDate(b.created_at) ?? b.label,
      description: [b.size !== undefined ? formatDiscSize(b.size) : undefined, made, b.label].filter(Boolean).join(' · '),
      icon: 'history',
      expandable: false,
      // Why Restore is not offered now, from the state model itself (not a second copy of its rule).
      tooltip: [b.label, subRefusal('restoreBackup', server.vm, server.pending)],
    };
  },
  pick: {
    words: (node) => ({ label: backupDate(node.backup.created_at) ?? node.backup.label, description: `${node.parent.parent.disc.label} · ${node.backup.label}` }),
    none: (server) => l10n.t('{0} has no backups.', server),
  },
});
