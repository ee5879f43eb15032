// A disc (`label · 25 GiB · sata`), with its Backups row and its backup schedules under it.
import * as l10n from '@vscode/l10n';
import { formatDiscSize } from '../../model/format';
import type { BackupsNode, ScheduleNode } from '../nodes';
import { describeRow } from './row';

export const discRow = describeRow({
  kind: 'disc',
  holds: ['backups', 'schedule'],
  children(node, rows) {
    const backups = rows.reuse(`backups:${node.disc.id}`, (): BackupsNode => ({ kind: 'backups', id: `backups:${node.disc.id}`, parent: node }), (n) => {
      n.parent = node;
    });
    const schedules = (node.disc.backup_schedules ?? []).map((schedule) =>
      rows.reuse(`schedule:${node.disc.id}:${schedule.id}`, (): ScheduleNode => ({ kind: 'schedule', id: `schedule:${node.disc.id}:${schedule.id}`, parent: node, schedule }), (n) => {
        n.schedule = schedule;
        n.parent = node;
      }));
    return [backups, ...schedules];
  },
  look(node, server) {
    const d = node.disc;
    const description = [formatDiscSize(d.size), d.storage_grade, node.root ? l10n.t('root') : undefined].filter(Boolean).join(' · ');
    return {
      label: d.label,
      description,
      icon: node.root ? 'server' : 'database',
      expandable: true,
      tooltip: [
        `${d.label} — ${formatDiscSize(d.size)} ${d.storage_grade}`,
        d.storage_pool ? l10n.t('Pool: {0}', d.storage_pool) : undefined,
        l10n.t('Backups: {0}', d.backup_count ?? 0),
        l10n.t('Schedules: {0}', (d.backup_schedules ?? []).length),
      ],
      accessibility: `${server.vm.name} ${l10n.t('disc')} ${d.label}, ${description}`,
    };
  },
  facts: (node) => ({ root: node.root }),
  pick: {
    words: (node) => ({ label: node.disc.label, description: `${formatDiscSize(node.disc.size)} · ${node.disc.storage_grade}` }),
    none: (server) => l10n.t('{0} has no discs.', server),
  },
});
