// Cores and memory (Create Server and Resize), and the discs of a new server. Common sizes first,
// or custom values checked against the brain's bounds as they are typed. Given a wizard step,
// BACK from a second prompt returns to the first; BACK from the first is the caller's.
import * as l10n from '@vscode/l10n';
import { discCount } from '../../model/counts';
import type { Definitions } from '../../api';
import { formatCores, formatDiscSize, formatMemory } from '../../model/format';
import { COMMON_SIZES, DISC_LIMITS, SIZE_LIMITS, type MachineSize } from '../../model/names';
import { BACK, type Back, type PickItem, type UiPort } from '../../interaction/port';
import type { PromptFrame } from '../serverPrompts';
import { stepInput, stepPick } from '../wizard';

export const sizeText = (s: MachineSize): string => `${formatCores(s.cores)} · ${formatMemory(s.memory)}`;

interface SizeItem extends PickItem {
  size?: MachineSize;
}

/**
 * `current`: the server's size now (Resize: marked, and not offered as a change), or with `keep`
 * the size chosen before (a wizard step seen again: first and highlighted, even a custom one, so
 * Enter keeps it rather than resetting it to the smallest).
 */
export async function askSize(ui: UiPort, frame: PromptFrame, current?: MachineSize, placeHolder?: string, o: { keep?: boolean } = {}): Promise<MachineSize | Back | undefined> {
  const same = (a: MachineSize) => current !== undefined && a.cores === current.cores && a.memory === current.memory;
  const common: SizeItem[] = COMMON_SIZES.map((size) => ({
    label: `$(server) ${sizeText(size)}`,
    size,
    ...(same(size) ? { description: o.keep ? l10n.t('chosen') : l10n.t('current size') } : {}),
  }));
  const kept = o.keep && current ? common.find((i) => same(i.size!)) ?? { label: `$(server) ${sizeText(current)}`, description: l10n.t('chosen'), size: current } : undefined;
  const items: SizeItem[] = kept ? [kept, ...common.filter((i) => i !== kept)] : common;
  items.push({ label: l10n.t('$(edit) Custom size…'), detail: l10n.t('{0} to {1} vCPU, {2} to {3} of memory', SIZE_LIMITS.coresMin, SIZE_LIMITS.coresMax, formatMemory(SIZE_LIMITS.memoryMin), formatMemory(SIZE_LIMITS.memoryMax)) });
  for (;;) {
    const picked = await stepPick(ui, items, { ...frame, placeHolder: placeHolder ?? l10n.t('Select the number of cores and the memory') });
    if (picked === undefined || picked === BACK) return picked;
    if (picked.size) return picked.size;
    const cores = await stepInput(ui, {
      ...frame,
      prompt: l10n.t('Cores (vCPU), {0} to {1}', SIZE_LIMITS.coresMin, SIZE_LIMITS.coresMax),
      value: String(current?.cores ?? 2),
      validate: (v) => intProblem(v, SIZE_LIMITS.coresMin, SIZE_LIMITS.coresMax),
    });
    if (cores === BACK) continue;
    if (cores === undefined) return undefined;
    const memory = await stepInput(ui, {
      ...frame,
      prompt: l10n.t('Memory in GiB, {0} to {1} (in steps of 0.25)', SIZE_LIMITS.memoryMin / 1024, SIZE_LIMITS.memoryMax / 1024),
      value: String((current?.memory ?? 4096) / 1024),
      validate: memoryProblem,
    });
    if (memory === BACK) continue;
    if (memory === undefined) return undefined;
    return { cores: Number(cores), memory: Math.round(Number(memory) * 1024) };
  }
}

function intProblem(v: string, min: number, max: number): string | undefined {
  if (v.trim() === '') return undefined;
  const n = Number(v);
  if (!/^\d+$/.test(v.trim()) || n < min || n > max) return l10n.t('A whole number from {0} to {1}.', min, max);
  return undefined;
}

function memoryProblem(v: string): string | undefined {
  if (v.trim() === '') return undefined;
  const mib = Number(v) * 1024;
  if (!Number.isFinite(mib) || mib < SIZE_LIMITS.memoryMin || mib > SIZE_LIMITS.memoryMax) {
    return l10n.t('From {0} to {1} GiB.', SIZE_LIMITS.memoryMin / 1024, SIZE_LIMITS.memoryMax / 1024);
  }
  return mib % SIZE_LIMITS.memoryStep === 0 ? undefined : l10n.t('In steps of 0.25 GiB (256 MiB), e.g. 1.5 or 2.25.');
}

export interface DiscChoice {
  grade: string;
  /** MiB. */
  size: number;
}

export const discText = (d: DiscChoice, defs: Definitions): string => `${formatDiscSize(d.size)} ${defs.storageGradeDescriptions[d.grade] ?? d.grade}`;

/** One disc: its storage grade, then its size. */
async function askDisc(ui: UiPort, frame: PromptFrame, defs: Definitions, which: string, defaultGiB: number): Promise<DiscChoice | Back | undefined> {
  const grades = [...defs.storageGrades].sort((a, b) => (a === 'sata' ? -1 : b === 'sata' ? 1 : a.localeCompare(b)));
  const items = grades.map((g) => ({ label: g, description: defs.storageGradeDescriptions[g], grade: g }));
  for (;;) {
    const grade = await stepPick(ui, items, { ...frame, placeHolder: l10n.t('Storage grade of the {0}', which) });
    if (grade === undefined || grade === BACK) return grade;
    const size = await stepInput(ui, {
      ...frame,
      prompt: l10n.t('Size of the {0} in GiB ({1} to {2})', which, DISC_LIMITS.minGiB, DISC_LIMITS.maxGiB),
      value: String(defaultGiB),
      validate: (v) => intProblem(v, DISC_LIMITS.minGiB, DISC_LIMITS.maxGiB),
    });
    if (size === BACK) continue;
    if (size === undefined) return undefined;
    return { grade: grade.grade, size: Number(size) * 1024 };
  }
}

/** The root disc first; then Continue, Add a disc (up to 8) or Remove the last one. */
export async function askDiscs(ui: UiPort, frame: PromptFrame, defs: Definitions, start: readonly DiscChoice[]): Promise<DiscChoice[] | Back | undefined> {
  const discs = [...start];
  for (;;) {
    if (discs.length === 0) {
      const root = await askDisc(ui, frame, defs, l10n.t('root disc'), 25);
      if (root === undefined || root === BACK) return root;
      discs.push(root);
    }
    const list = discs.map((d, i) => `${i === 0 ? l10n.t('root') : i + 1}: ${discText(d, defs)}`).join(' · ');
    const go = { label: l10n.t('$(check) Continue with {0}', discCount(discs.length)), detail: list };
    const add = { label: l10n.t('$(add) Add another disc'), detail: l10n.t('Up to {0} discs', DISC_LIMITS.maxDiscs) };
    const remove = { label: l10n.t('$(trash) Remove the last disc'), detail: discText(discs.at(-1)!, defs) };
    const menu = [go, ...(discs.length < DISC_LIMITS.maxDiscs ? [add] : []), remove];
    const picked = await stepPick(ui, menu, { ...frame, placeHolder: l10n.t('Discs: {0}', list) });
    if (picked === undefined || picked === BACK) return picked;
    if (picked === go) return discs;
    if (picked === remove) discs.pop();
    if (picked === add) {
      const more = await askDisc(ui, frame, defs, l10n.t('disc {0}', discs.length + 1), 50);
      if (more === undefined) return undefined;
      if (more !== BACK) discs.push(more);
    }
  }
}
