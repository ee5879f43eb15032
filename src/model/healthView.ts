// A server's health in words: the Health row's one line ("load 0.12 · mem 41 % · / 63 %"), its
// tooltip (every mount), the line the server's tooltip gets and the word that flags the server.
// No vscode import.
import * as l10n from '@vscode/l10n';
import type { Health, HealthResult } from './health';

export function healthSummary(h: Health): string {
  const root = h.mounts.find((m) => m.mount === '/') ?? h.mounts[0];
  return [
    l10n.t('load {0}', h.load[0].toFixed(2)),
    l10n.t('mem {0} %', h.memory.usedPercent),
    root ? `${root.mount} ${root.usedPercent} %` : undefined,
  ].filter(Boolean).join(' · ');
}

/** What is wrong, in a word or two, or undefined when nothing is. */
export function healthFlag(h: Health): string | undefined {
  const words = [
    h.fullMounts.length ? l10n.t('disc full ({0})', h.fullMounts.join(', ')) : undefined,
    h.memoryExhausted ? l10n.t('memory exhausted') : undefined,
  ].filter(Boolean);
  return words.length ? words.join(', ') : undefined;
}

export function uptimeWords(seconds: number): string {
  const days = Math.floor(seconds / 86400);
  const hours = Math.floor((seconds % 86400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  if (days > 0) return l10n.t('{0} d {1} h', days, hours);
  if (hours > 0) return l10n.t('{0} h {1} min', hours, minutes);
  return l10n.t('{0} min', minutes);
}

const mib = (kib: number): string => (kib >= 1024 * 1024 ? `${(kib / 1024 / 1024).toFixed(1)} GiB` : `${Math.round(kib / 1024)} MiB`);

/** The Health row's tooltip: every figure, each mount on a line. */
export function healthTooltip(h: Health, readAt: Date): string[] {
  return [
    l10n.t('Load (1, 5, 15 min): {0}', h.load.map((n) => n.toFixed(2)).join(', ')),
    l10n.t('Memory: {0} % used, {1} of {2} available', h.memory.usedPercent, mib(h.memory.availableKiB), mib(h.memory.totalKiB)),
    ...h.mounts.map((m) => l10n.t('{0}: {1} % used of {2} ({3})', m.mount, m.usedPercent, mib(m.sizeKiB), m.filesystem)),
    h.uptimeSeconds !== undefined ? l10n.t('Up {0}', uptimeWords(h.uptimeSeconds)) : undefined,
    healthFlag(h),
    l10n.t('Read at {0}', readAt.toLocaleTimeString()),
  ].filter((x): x is string => x !== undefined);
}

/** The server row's part: a flag word for its description (or undefined), a line for its hover. */
export function serverHealthWords(reading: { result?: HealthResult } | undefined): { flag?: string; line?: string } {
  const r = reading?.result;
  if (!r) return {};
  if (!r.ok) return { line: l10n.t('Health unavailable: {0}', r.reason) };
  const flag = healthFlag(r.health);
  return { ...(flag ? { flag } : {}), line: l10n.t('Health: {0}', [flag, healthSummary(r.health)].filter(Boolean).join(' · ')) };
}
