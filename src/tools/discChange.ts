// Disc changes through their commands, as the menus run them: Add Disc… on the server's Discs,
// Resize Disc… and Schedule Backups… on the disc row. The confirmation says the disc GiB before
// and after (what a disc costs), and how it is undone; the handlers' prompts are answered from
// the input, checked by the prompts' own validation.
import * as l10n from '@vscode/l10n';
import { z } from '../api';
import { DAY, describeInterval, parseInterval, WEEK } from '../model/backupSchedule';
import { subRefusal, type SubAction, type SubFacts } from '../model/discState';
import { formatDiscSize } from '../model/format';
import { powerFacts } from '../model/serverState';
import { confirmation, runCommand } from './act';
import { discOf, type DiscInput } from './detailTools';
import { findOne, type Found } from './servers';
import { defineTool, ToolError, type ToolHost } from './types';

/** The state model's word on a disc or address action for the server now: a ToolError when it may not. */
export function subGuard(f: Found, action: SubAction, facts: SubFacts = {}): Found {
  const why = subRefusal(action, powerFacts(f.t), f.t.pending, facts);
  if (why) throw new ToolError(`Refused: ${f.t.fullName}: ${why}.`);
  return f;
}

const totalGiB = (f: Found): number => (f.t.vm.discs ?? []).reduce((n, d) => n + d.size, 0);
const discWords = (f: Found): string => `${(f.t.vm.discs ?? []).length} (${formatDiscSize(totalGiB(f))})`;

export interface AddDiscInput { server: string; sizeGiB: number; grade?: string | undefined; label?: string | undefined; profile?: string | undefined }

/** The label the command offers when none is given: disc-N, the first not taken. */
function labelOf(f: Found, i: AddDiscInput): string {
  if (i.label) return i.label;
  const labels = (f.t.vm.discs ?? []).map((d) => d.label);
  let n = labels.length + 1;
  while (labels.includes(`disc-${n}`)) n++;
  return `disc-${n}`;
}

async function addTarget(host: ToolHost, i: { server: string; profile?: string | undefined }, action: SubAction): Promise<Found> {
  return subGuard(await findOne(host, i.server, i.profile), action);
}

export const addDisc = defineTool<AddDiscInput>({
  name: 'bigv_addDisc',
  kind: 'change',
  schema: () => z.strictObject({ server: z.string().check(z.minLength(1)), sizeGiB: z.int().check(z.gte(1), z.lte(2048)), grade: z.optional(z.string().check(z.minLength(1))), label: z.optional(z.string().check(z.minLength(1), z.maxLength(63))), profile: z.optional(z.string()) }),
  invocation: (i) => `Adding a ${i.sizeGiB} GiB disc to ${i.server}`,
  async confirm(host, i) {
    const f = await addTarget(host, i, 'addDisc');
    const size = formatDiscSize(i.sizeGiB * 1024);
    return confirmation([f], {
      title: l10n.t('Add a {0} disc to {1}?', size, f.t.fullName),
      change: () => l10n.t('discs {0} → {1}: new disc {2} ({3} {4}){5}', discWords(f), `${(f.t.vm.discs ?? []).length + 1} (${formatDiscSize(totalGiB(f) + i.sizeGiB * 1024)})`, labelOf(f, i), size, i.grade ?? 'sata', f.t.vm.power_on ? l10n.t('; the server sees it after its next restart') : ''),
      undo: l10n.t('Delete the disc, from the BigV view (deleting a disc is not a tool: the person types its name).'),
    });
  },
  async invoke(host, i) {
    const f = await addTarget(host, i, 'addDisc');
    return runCommand(f.p, 'bigv_addDisc', 'bigv.addDisc', [f.p.node(f.t.vm.id) ?? f.t], {
      inputs: [labelOf(f, i), String(i.sizeGiB)],
      picks: [(item) => item['grade'] === (i.grade ?? 'sata')],
    });
  },
});

export interface ResizeDiscInput extends DiscInput { sizeGiB: number }

async function resizeTarget(host: ToolHost, i: ResizeDiscInput) {
  const { f, row } = await discOf(host, i);
  subGuard(f, 'resizeDisc');
  const now = Math.ceil(row.disc.size / 1024);
  if (i.sizeGiB <= now) throw new ToolError(`Refused: disc ${row.disc.label} of ${f.t.fullName} is ${now} GiB, and a disc can only grow: give sizeGiB above ${now}.`);
  return { f, row };
}

export const resizeDisc = defineTool<ResizeDiscInput>({
  name: 'bigv_resizeDisc',
  kind: 'change',
  schema: () => z.strictObject({ server: z.string().check(z.minLength(1)), disc: z.optional(z.string().check(z.minLength(1))), sizeGiB: z.int().check(z.gte(2), z.lte(2048)), profile: z.optional(z.string()) }),
  invocation: (i) => `Resizing ${i.disc ? `${i.disc} of ` : 'a disc of '}${i.server} to ${i.sizeGiB} GiB`,
  async confirm(host, i) {
    const { f, row } = await resizeTarget(host, i);
    return confirmation([f], {
      title: l10n.t('Grow disc {0} of {1} to {2}?', row.disc.label, f.t.fullName, formatDiscSize(i.sizeGiB * 1024)),
      change: () => l10n.t('disc {0} ({1}): {2} → {3}; the server sees the space after a restart', row.disc.label, row.disc.storage_grade, formatDiscSize(row.disc.size), formatDiscSize(i.sizeGiB * 1024)),
      undo: l10n.t('None: a disc cannot be made smaller again.'),
    });
  },
  async invoke(host, i) {
    const { f, row } = await resizeTarget(host, i);
    return runCommand(f.p, 'bigv_resizeDisc', 'bigv.resizeDisc', [row], { inputs: [String(i.sizeGiB)] });
  },
});

export interface ScheduleInput extends DiscInput { every: string; start?: string | undefined; keep?: number | undefined }

/** daily, weekly, or an interval as the command's Custom… reads it (12h, 2d, 1w). */
function everySeconds(every: string): number {
  const s = every === 'daily' ? DAY : every === 'weekly' ? WEEK : parseInterval(every);
  if (s === undefined) throw new ToolError(`every: "${every}" is not daily, weekly or an interval such as 12h, 2d or 1w (at least an hour).`);
  return s;
}

export const scheduleBackups = defineTool<ScheduleInput>({
  name: 'bigv_scheduleBackups',
  kind: 'change',
  schema: () => z.strictObject({ server: z.string().check(z.minLength(1)), disc: z.optional(z.string().check(z.minLength(1))), every: z.string().check(z.minLength(1)), start: z.optional(z.string().check(z.minLength(1))), keep: z.optional(z.int().check(z.gte(1), z.lte(999))), profile: z.optional(z.string()) }),
  invocation: (i) => `Scheduling backups of ${i.disc ? `${i.disc} of ` : ''}${i.server}`,
  async confirm(host, i) {
    const seconds = everySeconds(i.every);
    const { f, row } = await discOf(host, i);
    subGuard(f, 'scheduleBackups');
    return confirmation([f], {
      title: l10n.t('Schedule backups of disc {0} of {1}?', row.disc.label, f.t.fullName),
      change: () => l10n.t('disc {0} ({1}): backups {2} from {3} (London time), keeping the last {4}', row.disc.label, formatDiscSize(row.disc.size), describeInterval(seconds), i.start ?? '00:00', i.keep ?? 7),
      undo: l10n.t('Remove the schedule (Undo in the Activity view).'),
    });
  },
  async invoke(host, i) {
    const seconds = everySeconds(i.every);
    const { f, row } = await discOf(host, i);
    subGuard(f, 'scheduleBackups');
    const custom = seconds !== DAY && seconds !== WEEK;
    return runCommand(f.p, 'bigv_scheduleBackups', 'bigv.scheduleBackups', [row], {
      picks: [(item) => item['seconds'] === (custom ? undefined : seconds)],
      inputs: [...(custom ? [i.every] : []), i.start ?? '00:00', String(i.keep ?? 7)],
    });
  },
});
