// What a quick pick of servers shows for the typed text, and what Enter takes. The pick filters
// its rows itself (VS Code's filter cannot search `name.group.account`, and a row it hides can
// still be the active one), so what the user sees is known here, and Enter never reaches a row
// that is not in it. No vscode: tested on its own (test/interaction/pickFilter.test.ts).
import type { PickItem, PickOptions } from './port';

/** What a row is found by, its label first (rows matching by label come first). */
export type TextsOf<R> = (row: R) => readonly string[];

/** What a pick row is found by: its label, then what `opts` adds (description, detail, `name.group.account`). */
export function pickTexts<T extends PickItem>(item: T, opts: PickOptions): string[] {
  return [
    item.label,
    ...(opts.matchOnDescription && item.description ? [item.description] : []),
    ...(opts.matchOnDetail && item.detail ? [item.detail] : []),
    ...(opts.fullName ? [opts.fullName(item)] : []),
  ];
}

const wordsOf = (typed: string): string[] => typed.toLowerCase().split(/\s+/).filter((w) => w !== '');

/** Every word typed is part of one of `texts`, ignoring case: `46.43.1.15`, `1.15`, `web1.web`, `web1 demo`. */
export function matches(texts: readonly string[], typed: string): boolean {
  const lower = texts.map((t) => t.toLowerCase());
  return wordsOf(typed).every((w) => lower.some((t) => t.includes(w)));
}

export interface Shown<R> {
  /** The rows to show, in order: ticked rows the text no longer matches (Enter acts on them, so they stay in sight), then the matches, by label first. */
  rows: R[];
  /** The row to highlight: the first match, or none when nothing matches. */
  first: R | undefined;
}

export function shownRows<R>(rows: readonly R[], typed: string, textsOf: TextsOf<R>, ticked: ReadonlySet<R> = new Set()): Shown<R> {
  const byLabel: R[] = [];
  const byOther: R[] = [];
  const keptTicked: R[] = [];
  for (const r of rows) {
    const texts = textsOf(r);
    if (matches(texts.slice(0, 1), typed)) byLabel.push(r);
    else if (matches(texts, typed)) byOther.push(r);
    else if (ticked.has(r)) keptTicked.push(r);
  }
  const ordered = [...byLabel, ...byOther];
  return { rows: [...keptTicked, ...ordered], first: ordered[0] };
}

/**
 * What Enter takes: the ticked rows if any (all of them shown), else the highlighted row if it is
 * one the user can see, else nothing. Never a row outside `shown`.
 */
export function enterTakes<R>(shown: readonly R[], ticked: readonly R[], active: readonly R[]): R[] {
  const visible = new Set(shown);
  const takenTicked = ticked.filter((r) => visible.has(r));
  if (takenTicked.length > 0) return takenTicked;
  const highlighted = active.find((r) => visible.has(r));
  return highlighted === undefined ? [] : [highlighted];
}
