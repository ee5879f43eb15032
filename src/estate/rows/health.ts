// A running server's "Health" row, when health is on for its profile and the server was shown:
// "load 0.12 · mem 41 % · / 63 %", every mount in the tooltip, a warning icon when a disc is over
// 90 % or memory is exhausted, and a quiet "unavailable: why" when it could not be read. What it
// shows is the server's `health`, read over SSH by estate/health.ts, not from the API.
import * as l10n from '@vscode/l10n';
import { healthFlag, healthSummary, healthTooltip } from '../../model/healthView';
import { describeRow } from './row';

export const healthRow = describeRow({
  kind: 'health',
  shown: (server) => server.health !== undefined && server.vm.power_on === true,
  look(_node, server) {
    const result = server.health?.result;
    const label = l10n.t('Health');
    if (!result) return { label, description: l10n.t('reading…'), icon: 'pulse', expandable: false, tooltip: [l10n.t('Reading load, memory and discs over SSH…')] };
    if (!result.ok) {
      const description = l10n.t('unavailable: {0}', result.reason);
      return { label, description, icon: 'circle-slash', expandable: false, tooltip: [l10n.t('Health unavailable: {0}', result.reason)], accessibility: l10n.t('Health unavailable: {0}', result.reason) };
    }
    const flag = healthFlag(result.health);
    const description = [flag ? `⚠ ${flag}` : undefined, healthSummary(result.health)].filter(Boolean).join(' · ');
    return {
      label,
      description,
      icon: flag ? 'warning' : 'pulse',
      expandable: false,
      tooltip: healthTooltip(result.health, new Date(server.health?.at ?? 0)),
      accessibility: `${server.vm.name} ${label}, ${description}`,
    };
  },
});
