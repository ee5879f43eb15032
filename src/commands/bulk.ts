// One confirmation for an action on several servers: which ones (grouped by group.account,
// shortened with "and N more"), and which of the selection it does not apply to, and why.
import * as l10n from '@vscode/l10n';
import type { ActionSpec } from '../estate/actions';
import type { ServerTarget } from '../model/target';
import { succeeded, type CommandContext } from './context';
import type { UiPort } from '../interaction/port';
import type { ResolvedMany } from '../interaction/serverResolver';

const LISTED = 12;

export function describeMany(targets: readonly ServerTarget[]): string {
  const byGroup = new Map<string, string[]>();
  for (const t of targets) {
    const key = `${t.groupName}.${t.accountName}`;
    byGroup.set(key, [...(byGroup.get(key) ?? []), t.vm.name]);
  }
  const lines: string[] = [];
  let shown = 0;
  for (const [group, names] of byGroup) {
    if (shown >= LISTED) break;
    const take = names.slice(0, LISTED - shown);
    shown += take.length;
    lines.push(`${group}: ${take.join(', ')}`);
  }
  if (targets.length > shown) lines.push(l10n.t('and {0} more', targets.length - shown));
  return lines.join('\n');
}

/**
 * Asks once when the action is for several servers (or some of the selection are skipped);
 * a single server needs no extra question. True to go ahead.
 */
export async function confirmMany(ui: UiPort, r: ResolvedMany, question: (count: number) => string, button: string, warning = ''): Promise<boolean> {
  if (r.targets.length === 1 && r.skipped.length === 0) return true;
  const parts = [describeMany(r.targets)];
  if (r.skipped.length > 0) parts.push(`${l10n.t('Skipped ({0}):', r.skipped.length)}\n${r.skipped.slice(0, LISTED).map((s) => s.why).join('\n')}`);
  if (warning) parts.push(warning);
  return (await ui.ask(question(r.targets.length), parts.join('\n\n'), [button])) === button;
}

export interface ManyWords {
  question(count: number): string;
  button: string;
  /** What the user should weigh before saying yes (data lost, and so on). */
  warning?: string;
}

/** Confirms (when several, or some skipped) and runs the action; true when every call worked. */
export async function confirmAndRun(ctx: CommandContext, r: ResolvedMany, spec: ActionSpec, words: ManyWords): Promise<boolean | undefined> {
  if (!(await confirmMany(ctx.ui, r, words.question, words.button, words.warning))) return undefined;
  return succeeded(await ctx.run(r.targets, spec));
}

/** Several servers (or some skipped) need the one list-confirmation, not the single-server one. */
export const isMany = (r: ResolvedMany): boolean => r.targets.length > 1 || r.skipped.length > 0;
