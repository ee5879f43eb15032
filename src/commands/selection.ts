// VS Code runs a command from a row of a multi-selection (its context menu, or a row's inline
// button) with (clicked, selected[]). A command whose definition says `many` acts on all of it;
// every other one acts on one row, so its context-menu entries say `!listMultiSelection`
// (build/manifest.ts writes them so), and an inline button pressed on such a selection is refused
// here rather than acting on the clicked row alone.
import * as l10n from '@vscode/l10n';
import type { CommandDefinition } from './definition';

/** Why the command will not run with these arguments (one-row command, several rows selected), or undefined. */
export function selectionRefusal(command: Pick<CommandDefinition, 'many'>, args: readonly unknown[]): string | undefined {
  if (command.many === true) return undefined;
  const [clicked, selection] = args;
  if (!Array.isArray(selection) || selection.length < 2 || !selection.includes(clicked)) return undefined;
  return l10n.t('That acts on one row, and {0} rows are selected. Select just the one to act on.', selection.length);
}
