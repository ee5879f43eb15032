// Which profile a command runs in (its definition's `route`). A row of the tree belongs to one profile; from the palette,
// the one signed-in profile is taken, or the user is asked. A multi-selection that spans
// profiles runs once per profile, each with its own servers. No vscode import (unit-tested).
import type { RouteMode } from '../commands/definition';

export type { RouteMode };

export interface Routable {
  readonly signedIn: boolean;
}

export interface RouteDeps<E extends Routable> {
  readonly entries: readonly E[];
  /** The profile a tree row belongs to; `isRoot` when the row is the profile itself. */
  ownerOf(node: unknown): { entry: E; isRoot: boolean } | undefined;
  /** Asks which profile; undefined when the user cancelled. */
  pick(candidates: readonly E[], mode: RouteMode): Promise<E | undefined>;
  /** The profile of what is selected in the tree, if anything: a palette command is for it. */
  selectedOwner?(): E | undefined;
}

export interface Routed<E> {
  entry: E;
  args: unknown[];
}

export async function route<E extends Routable>(mode: RouteMode, args: readonly unknown[], deps: RouteDeps<E>): Promise<Routed<E>[]> {
  const { entries } = deps;
  const first = entries[0];
  if (!first) return [];
  if (entries.length === 1 || mode === 'window') return [{ entry: first, args: [...args] }];
  const signedIn = entries.filter((e) => e.signedIn);
  if (mode === 'account') return [{ entry: signedIn[0] ?? first, args: [...args] }];
  const [node, selection, ...rest] = args;
  const owner = deps.ownerOf(node);
  if (owner) {
    // The profile's own row: its commands (Sign In, Refresh…) take no node.
    if (owner.isRoot) return [{ entry: owner.entry, args: [] }];
    if (!Array.isArray(selection)) return [{ entry: owner.entry, args: [...args] }];
    return splitSelection(owner.entry, node, selection, rest, deps);
  }
  if (mode === 'signOut' && !signedIn.length) return [{ entry: first, args: [...args] }];
  if (mode === 'each') return (signedIn.length ? signedIn : [first]).map((entry) => ({ entry, args: [...args] }));
  const candidates = mode === 'signIn' ? preferSignedOut(entries) : signedIn.length ? signedIn : entries;
  if (mode === 'signIn' ? entries.filter((e) => !e.signedIn).length === 1 : candidates.length === 1) return [{ entry: candidates[0]!, args: [...args] }];
  // A row selected in the tree says which profile the user is working in: no need to ask.
  const selected = deps.selectedOwner?.();
  if (selected && candidates.includes(selected) && (mode !== 'signIn' || !selected.signedIn)) return [{ entry: selected, args: [...args] }];
  const chosen = await deps.pick(candidates, mode);
  return chosen ? [{ entry: chosen, args: [...args] }] : [];
}

/** The clicked row's profile first, each with its part of the selection. */
function splitSelection<E extends Routable>(clickedOwner: E, clicked: unknown, selection: readonly unknown[], rest: unknown[], deps: RouteDeps<E>): Routed<E>[] {
  const groups = new Map<E, unknown[]>([[clickedOwner, []]]);
  for (const n of selection) {
    const o = deps.ownerOf(n);
    if (!o || o.isRoot) continue;
    const list = groups.get(o.entry) ?? [];
    list.push(n);
    groups.set(o.entry, list);
  }
  return [...groups].map(([entry, nodes]) => {
    const head = entry === clickedOwner ? clicked : nodes[0];
    return { entry, args: [head, nodes.length ? nodes : [head], ...rest] };
  });
}

function preferSignedOut<E extends Routable>(entries: readonly E[]): E[] {
  const out = entries.filter((e) => !e.signedIn);
  return out.length === 1 ? out : [...out, ...entries.filter((e) => e.signedIn)];
}
