// The Activity log: every change this window made through the one runner (runner.ts records each
// target's outcome), from a menu, the palette, a bulk action or a language-model tool, newest
// first. Kept across reloads in non-secret storage (globalState), bounded, and never a secret: an
// entry holds names, titles, an error's reason and undo data, never a request body. One log for
// the window; each profile's runner adds to it. No vscode import.
import type { ServerRef, VirtualMachine } from '../api';
import { serverFacts, type UndoStep } from '../model/undoSteps';
import { Emitter } from '../session/emitter';
import type { KeyValueStore } from '../session/types';

export type ActivityOutcome = 'ok' | 'failed' | 'cancelled' | 'unknown';

export interface ActivityEntry {
  id: string;
  /** When it started (ms since the epoch) and how long it took. */
  at: number;
  ms: number;
  /** The profile's id (what runs the undo) and its name (what a row says when there are several). */
  profile: string;
  profileName: string;
  /** The user's name, "you" when not known, or `agent: <tool name>`. */
  who: string;
  /** The target's full name ("web1.default.demo", "disc data of web1…"). */
  target: string;
  /** The job's title ("Renaming web1.default.demo to web2"). */
  action: string;
  outcome: ActivityOutcome;
  /** The failure's reason, as the log says it (already redacted), capped. */
  error?: string;
  /** The server changed: its id, and its address (its group as it is after the change). */
  server?: { id: number; ref: ServerRef };
  undo?: UndoStep;
  /** `serverFacts` of the server once the change was made: undo is offered while it still reads so. */
  after?: string;
  /** The entry that undid this one. */
  undoneBy?: string;
}

/** The Activity view narrowed to one server. */
export interface ActivityFilter {
  profile: string;
  server: number;
  /** Its name, for the view's description. */
  name: string;
}

export const ACTIVITY_KEY = 'bigv.activity';
export const ACTIVITY_LIMIT = 500;
const OUTCOMES: readonly string[] = ['ok', 'failed', 'cancelled', 'unknown'];

/** A stored entry as far as it can be trusted (globalState may hold anything an older version wrote). */
export function isActivityEntry(x: unknown): x is ActivityEntry {
  const e = x as Partial<ActivityEntry> | null;
  return typeof e === 'object' && e !== null && typeof e.id === 'string' && typeof e.at === 'number' && typeof e.ms === 'number' && typeof e.profile === 'string' &&
    typeof e.who === 'string' && typeof e.target === 'string' && typeof e.action === 'string' && OUTCOMES.includes(e.outcome as string);
}

let seq = 0;

export class ActivityLog {
  private items: ActivityEntry[];
  private readonly changed = new Emitter();
  readonly onDidChange = this.changed.event;
  private writing: Promise<void> = Promise.resolve();
  private narrowed: ActivityFilter | undefined;

  constructor(
    private readonly store: KeyValueStore,
    private readonly limit = ACTIVITY_LIMIT,
  ) {
    const stored = store.get<unknown>(ACTIVITY_KEY);
    this.items = Array.isArray(stored) ? stored.filter(isActivityEntry).slice(0, limit) : [];
  }

  /** Newest first. */
  entries(): readonly ActivityEntry[] {
    return this.items;
  }

  get(id: string): ActivityEntry | undefined {
    return this.items.find((e) => e.id === id);
  }

  add(entry: Omit<ActivityEntry, 'id'>): ActivityEntry {
    const added: ActivityEntry = { id: `${entry.at.toString(36)}-${(++seq).toString(36)}-${Math.random().toString(36).slice(2, 8)}`, ...entry };
    this.items = [added, ...this.items].slice(0, this.limit);
    this.save();
    return added;
  }

  /** `id` was undone by the entry `by`: it no longer offers Undo. */
  markUndone(id: string, by: string): void {
    this.items = this.items.map((e) => (e.id === id ? { ...e, undoneBy: by } : e));
    this.save();
  }

  clear(): void {
    this.items = [];
    this.save();
  }

  get filter(): ActivityFilter | undefined {
    return this.narrowed;
  }

  setFilter(filter: ActivityFilter | undefined): void {
    this.narrowed = filter;
    this.changed.fire();
  }

  /** The entries the view shows: all, or the filter's server's. */
  shown(): readonly ActivityEntry[] {
    const f = this.narrowed;
    return f ? this.items.filter((e) => e.profile === f.profile && e.server?.id === f.server) : this.items;
  }

  /** Resolves once what has been added so far is stored. */
  saved(): Promise<void> {
    return this.writing;
  }

  private save(): void {
    const snapshot = this.items;
    this.writing = this.writing.then(() => this.store.update(ACTIVITY_KEY, snapshot)).then(undefined, () => undefined);
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/**
 * Whether an entry offers Undo now, given its server as the tree has it (undefined: not in the
 * tree): it worked, has an undo, was not undone, and the server reads as it did right after. A
 * deleted server is often out of the tree: its restore is offered and checked when it runs.
 */
export function undoOffered(e: ActivityEntry, vm: VirtualMachine | undefined): boolean {
  if (e.outcome !== 'ok' || !e.undo || e.undoneBy !== undefined || !e.server) return false;
  if (e.undo.kind === 'restore' && !vm) return true;
  return vm !== undefined && (e.after === undefined ? e.undo.kind === 'restore' && vm.deleted : serverFacts(vm) === e.after);
}
