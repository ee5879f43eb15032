// Add Disc…: label, grade (with the brain's own descriptions) and size. The guest sees the new
// disc after its next restart, which the outcome says.
import * as l10n from '@vscode/l10n';
import { formatDiscSize } from '../../model/format';
import { discLabelProblem, discSizeProblem, MAX_DISCS } from '../../model/discInput';
import type { PickItem } from '../../interaction/port';
import type { CommandHandler } from '../context';
import { runDetail, serverFor } from '../detailActions';
import { defineCommand } from '../definition';

interface GradeItem extends PickItem {
  grade: string;
}

export const addDisc: CommandHandler = async (ctx, arg) => {
  const target = await serverFor(ctx, arg, 'addDisc', {}, l10n.t('Select a server to add a disc to'));
  if (!target) return undefined;
  const labels = (target.vm.discs ?? []).map((d) => d.label);
  if (labels.length >= MAX_DISCS) {
    void ctx.ui.notify('info', l10n.t('{0} already has {1} discs, the most a server can have. Resize one instead.', target.fullName, labels.length));
    return undefined;
  }
  const title = l10n.t('Add Disc to {0}', target.fullName);
  let n = labels.length + 1;
  while (labels.includes(`disc-${n}`)) n++;
  const label = await ctx.ui.input({ title, prompt: l10n.t('A label for the disc (how you will recognise it)'), value: `disc-${n}`, validate: (v) => discLabelProblem(v.trim(), labels) });
  if (label === undefined) return undefined;
  let grades: GradeItem[];
  try {
    const defs = await ctx.definitions();
    grades = defs.storageGrades.filter((g) => g !== 'iceberg').map((g) => ({ label: g, description: defs.storageGradeDescriptions[g] ?? '', grade: g }));
  } catch (err) {
    ctx.reportError(l10n.t('read the storage grades'), err);
    return undefined;
  }
  // The default grade first, as the brain does when none is given.
  grades.sort((a, b) => (a.grade === 'sata' ? -1 : b.grade === 'sata' ? 1 : 0));
  const grade = await ctx.ui.pick(grades, { title, placeHolder: l10n.t('Select the storage grade'), matchOnDescription: true });
  if (!grade) return undefined;
  const size = await ctx.ui.input({ title, prompt: l10n.t('Size in GiB'), value: '25', validate: (v) => discSizeProblem(v) });
  if (size === undefined) return undefined;
  const mib = Number(size.trim()) * 1024;
  const name = label.trim();
  return runDetail(ctx, target, {
    title: l10n.t('Adding disc {0} to {1}', name, target.fullName),
    what: l10n.t('add disc {0} to {1}', name, target.fullName),
    // A running guest sees a new disc only once restarted; a stopped one finds it when it starts.
    done: target.vm.power_on
      ? l10n.t('Added disc {0} ({1} {2}) to {3}. The server sees it after its next restart.', name, formatDiscSize(mib), grade.grade, target.fullName)
      : l10n.t('Added disc {0} ({1} {2}) to {3}. The server sees it when it starts.', name, formatDiscSize(mib), grade.grade, target.fullName),
    announce: true,
    call: (brain, signal) => brain.discs.create(target.ref, { label: name, size: mib, storage_grade: grade.grade }, { signal }),
  });
};

export const definition = defineCommand({
  id: 'bigv.addDisc',
  title: 'Add Disc…',
  icon: 'add',
  rows: [
    { kinds: ['discs'], menu: '1_disc@1', inline: 1 },
  ],
  writes: true,
  run: addDisc,
});
