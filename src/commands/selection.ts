// Which commands act on a whole multi-selection of the Servers view. VS Code runs a command from a
// row of a multi-selection (its context menu, or a row's inline button) with (clicked, selected[]);
// the server power and delete/restore actions act on all of it. Every other command acts on one
// row, so its menu entries say `!listMultiSelection` (test/commands/selection.test.ts checks
// package.json), and an inline button pressed on such a selection is refused here rather than
// acting on the clicked row alone.
import * as l10n from '@vscode/l10n';
import type { CommandId } from './ids';

export const SELECTION_COMMANDS: ReadonlySet<CommandId> = new Set<CommandId>([
  'bigv.start',
  'bigv.stop',
  'bigv.restart',
  'bigv.shutdown',
  'bigv.reset',
  'bigv.delete',
  'bigv.restore',
  // Reloads everything whichever row it came from.
  'bigv.refresh',
]);

/** Why `id` will not run with these arguments (one-row command, several rows selected), or undefined. */
export function selectionRefusal(id: CommandId, args: readonly unknown[]): string | undefined {
  if (SELECTION_COMMANDS.has(id)) return undefined;
  const [clicked, selection] = args;
  if (!Array.isArray(selection) || selection.length < 2 || !selection.includes(clicked)) return undefined;
  return l10n.t('That acts on one row, and {0} rows are selected. Select just the one to act on.', selection.length);
}
