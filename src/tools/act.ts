// Running a command for a tool, and the confirmation that comes first: the blast radius (each
// server by full name and profile, its state now and after, what changes, how it is undone,
// which privilege it uses), listed and shortened the way the bulk confirmation is.
import * as l10n from '@vscode/l10n';
import { commandById } from '../commands/registry';
import { powerFacts, refusal, stateLabel, stateOf, type ServerAction } from '../model/serverState';
import { answeringUi, answerOf, toolContext, type Answers, type Transcript } from './answers';
import type { Found } from './servers';
import { ToolError, type Confirmation, type ToolProfile } from './types';

/** As many servers as the bulk confirmation lists (commands/bulk.ts); the rest are counted. */
export const LISTED = 12;

/** Runs command `id` in the profile as `tool`, its prompts answered by `answers`; the tool's answer. */
export async function runCommand(p: ToolProfile, tool: string, id: string, args: readonly unknown[], answers: Answers, nothing = 'Nothing was changed.'): Promise<string> {
  const command = commandById(id);
  if (!command) throw new Error(`${id} has no definition`);
  const t: Transcript = { said: [], outcomes: [] };
  const ctx = toolContext(p.ctx, tool, answeringUi(p.ctx.ui, answers, t.said), t);
  await command.run(ctx, ...args);
  return answerOf(t, nothing);
}

/** The state model's word on `action` for the server now, or undefined when it may go ahead. */
export function stateRefusal(f: Found, action: ServerAction): string | undefined {
  const why = refusal(action, powerFacts(f.t), f.t.pending);
  if (why === undefined) return undefined;
  const now = stateLabel(stateOf(f.t.vm, f.t.pending)).replace(/…$/, '').toLowerCase();
  return { deleted: 'it is deleted (restore it first)', 'not-deleted': 'it is not deleted', 'powered-off': 'it is powered off', 'powered-on': 'it is already running', changing: `it is busy (${now})` }[why];
}

/** Refuses (ToolError) when the action applies to none of the servers; otherwise those it applies to, and the rest with why. */
export function applicable(found: readonly Found[], action: ServerAction): { go: Found[]; skipped: string[] } {
  const go: Found[] = [];
  const skipped: string[] = [];
  for (const f of found) {
    const why = stateRefusal(f, action);
    if (why === undefined) go.push(f);
    else skipped.push(`${f.t.fullName}: ${why}`);
  }
  if (go.length === 0) throw new ToolError(`Refused: ${skipped.join('; ')}.`);
  return { go, skipped };
}

export interface BlastRadius {
  title: string;
  /** One line per server: "web1.default.demo (profile X): running → stopped". */
  change(f: Found): string;
  /** Whether and how it can be undone. */
  undo: string;
  privilege?: string;
  warning?: string;
  skipped?: readonly string[];
}

export const nowWord = (f: Found): string => stateLabel(stateOf(f.t.vm, f.t.pending)).replace(/…$/, '').toLowerCase();

export const SERVER_ADMIN = (): string => l10n.t('server administrator on each server (or group or account administrator)');

export function confirmation(found: readonly Found[], b: BlastRadius): Confirmation {
  const lines = found.slice(0, LISTED).map((f) => `${f.t.fullName} (${l10n.t('profile {0}', f.p.profile.name)}): ${b.change(f)}`);
  if (found.length > LISTED) lines.push(l10n.t('and {0} more', found.length - LISTED));
  const parts = [lines.join('\n')];
  if (b.skipped?.length) parts.push(`${l10n.t('Skipped ({0}):', b.skipped.length)}\n${b.skipped.slice(0, LISTED).join('\n')}`);
  if (b.warning) parts.push(b.warning);
  parts.push(`${l10n.t('Undo:')} ${b.undo}`);
  parts.push(`${l10n.t('Privilege used:')} ${b.privilege ?? SERVER_ADMIN()}`);
  parts.push(l10n.t('Asked by an agent (bigv.agentTools is "change"). Nothing is done until you continue.'));
  return { title: b.title, message: parts.join('\n\n') };
}
