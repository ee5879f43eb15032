// A disc's backup schedule: how often, from when, how many it keeps.
import * as l10n from '@vscode/l10n';
import { describeInterval } from '../../model/backupSchedule';
import { describeRow } from './row';

export const scheduleRow = describeRow({
  kind: 'schedule',
  look(node) {
    const s = node.schedule;
    return {
      label: l10n.t('Scheduled: {0}', describeInterval(s.interval_seconds)),
      description: [l10n.t('from {0}', s.start_at), s.capacity ? l10n.t('keeps {0}', s.capacity) : undefined].filter(Boolean).join(' · '),
      icon: 'calendar',
      expandable: false,
      tooltip: [l10n.t('Backs up {0} {1}, the first at {2}', node.parent.disc.label, describeInterval(s.interval_seconds), s.start_at)],
    };
  },
  pick: {
    words: (node) => ({ label: describeInterval(node.schedule.interval_seconds), description: node.parent.disc.label }),
    none: (server) => l10n.t('{0} has no backup schedules.', server),
  },
});
