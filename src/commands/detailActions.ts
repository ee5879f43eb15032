// What the disc, backup, network and account commands share: finding the row's server as it is
// now, the state model's guard with its reason in words, and running one call with progress, a
// log line, the one error path and an in-place update of the server's rows afterwards, all
// through the one runner (ctx.act).
import * as l10n from '@vscode/l10n';
import type { BrainClient } from '../api';
import { isDetailNode, serverOf, type DetailNode } from '../estate/nodes';
import { descriptorOf, type DetailKind } from '../estate/rows';
import { subRefusal, type SubAction, type SubFacts } from '../model/discState';
import type { ServerTarget } from '../model/target';
import type { UndoStep } from '../model/undoSteps';
import type { CommandContext } from './context';

/** The row a command was run on, if it is of one of `kinds` (commands on rows are not in the palette). */
export function rowOf<K extends DetailKind>(arg: unknown, ...kinds: K[]): RowOf<K> | undefined {
  return isDetailNode(arg) && (kinds as string[]).includes(arg.kind) ? (arg as RowOf<K>) : undefined;
}

type RowOf<K extends DetailKind> = Extract<DetailNode, { kind: K }>;

/** The row a command was run on; from the palette, a server and then one of its rows of that kind. */
export async function pickRow<K extends DetailKind>(ctx: CommandContext, arg: unknown, kind: K): Promise<RowOf<K> | undefined> {
  const row = rowOf(arg, kind);
  if (row || arg !== undefined) return row;
  const pick = descriptorOf(kind).pick;
  if (!pick) throw new Error(`rows of kind ${kind} are not offered from the palette`);
  const target = await ctx.resolveServer(undefined, { action: 'showProperties', placeHolder: l10n.t('Select a server') });
  if (!target) return undefined;
  const rows = (await ctx.details.rows(target.vm.id, kind)) as RowOf<K>[];
  if (rows.length === 0) {
    void ctx.ui.notify('info', pick.none(target.fullName));
    return undefined;
  }
  const picked = await ctx.ui.pick(rows.map((r) => ({ ...pick.words(r), row: r })), { title: target.fullName, placeHolder: l10n.t('Select one'), matchOnDescription: true });
  return picked?.row;
}

/**
 * The row's server as the tree has it now, or from the palette a pick of the servers; then the
 * state model's guard (a menu can be stale): a refusal is said in words and ends the command.
 */
export async function serverFor(ctx: CommandContext, arg: unknown, action: SubAction, facts: SubFacts = {}, placeHolder = l10n.t('Select a server')): Promise<ServerTarget | undefined> {
  const row = isDetailNode(arg) ? serverOf(arg) : arg;
  const target = await ctx.resolveServer(row, { action: 'showProperties', placeHolder });
  if (!target) return undefined;
  const why = subRefusal(action, target.vm, target.pending, facts);
  if (why) {
    void ctx.ui.notify('info', l10n.t('Not possible on {0} now: {1}', target.fullName, why));
    return undefined;
  }
  return target;
}

export interface DetailSpec {
  /** "Resizing disc data of web1.default.demo": the progress title and the log line. */
  title: string;
  /** Completes "Could not …" when it fails ("resize disc data of web1.default.demo"). */
  what: string;
  /** The short outcome ("Resized …"); undefined when the command says it itself (a new API key's secret). */
  done: string | undefined;
  /** Say it in a notification rather than the status bar: rare, consequential (restore). */
  announce?: boolean;
  /** The row that spins meanwhile, and the word beside it ("Resizing…"). */
  busy?: { row: DetailNode; label: string };
  call(brain: BrainClient, signal: AbortSignal): Promise<unknown>;
  /** How the Activity log undoes it, from what the call answered (a new schedule's id); undefined: it cannot be. */
  undo?(answer: unknown): UndoStep | undefined;
}

/** Runs one call for `target`'s discs or addresses on the one runner; true when it worked. The server's rows then update in place. */
export async function runDetail(ctx: CommandContext, target: ServerTarget | undefined, spec: DetailSpec): Promise<boolean> {
  // Whatever happened, the server and its rows are read again: the request may have reached the brain.
  const reread = async (): Promise<void> => {
    if (!target) return;
    try {
      await ctx.refreshServer(target);
    } finally {
      ctx.details.forget(target.vm.id);
    }
  };
  const busy = spec.busy;
  let answer: unknown;
  const [outcome] = await ctx.act([spec], {
    key: () => (busy ? `row:${busy.row.id}` : `rows:${target?.vm.id ?? spec.title}`),
    title: () => spec.title,
    what: () => spec.what,
    done: () => spec.done,
    announce: spec.announce,
    call: async (brain, _s, signal) => (answer = await spec.call(brain, signal)),
    ...(target ? { server: () => ({ id: target.vm.id, ref: target.ref }) } : {}),
    undo: () => spec.undo?.(answer),
    begin: () => busy && ctx.details.busy(busy.row, busy.label),
    end: () => busy && ctx.details.busy(busy.row, undefined),
    refresh: reread,
    settle: async (_s, current) => {
      try {
        await reread();
      } finally {
        if (busy && current()) ctx.details.busy(busy.row, undefined);
      }
    },
  }, () => spec.title);
  return outcome?.result === 'ok';
}
