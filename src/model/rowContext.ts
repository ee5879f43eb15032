// The one contextValue grammar for every row of every view: `<kind>.<state>:<action>:<action>:…:`.
// A menu entry matches its row kind and its own action token (`viewItem =~ /^(disc)\..*:resizeDisc:/`,
// written by build/manifest.ts from the command's definition), so a row offers exactly the
// actions its state model put in the token list, and nothing else. No vscode import.

/** Every kind of row, across the Servers, Your Account and Activity views. */
export const ROW_KINDS = [
  'profile', 'account', 'group', 'server',
  'health', 'discs', 'disc', 'backups', 'backup', 'schedule', 'network', 'ip',
  'error', 'placeholder', 'problem',
  'sshKeys', 'sshKey', 'privileges', 'privilege', 'apiKeys', 'apiKey', 'note',
  'activity',
] as const;
export type RowKind = (typeof ROW_KINDS)[number];

export interface RowContext {
  kind: RowKind;
  /** The row's state: a server's state for a server and the rows under it, else a word of its own. */
  state: string;
  /** The actions the row offers now, by command short name (`bigv.<action>`). */
  actions: readonly string[];
}

// A token may not hold the grammar's separators, or one action could pose as another.
const TOKEN = /^[A-Za-z][\w-]*$/;

export function rowContext(kind: RowKind, state: string, actions: readonly (string | false | undefined)[] = []): string {
  const kept = actions.filter((a): a is string => typeof a === 'string');
  for (const t of [state, ...kept]) if (!TOKEN.test(t)) throw new Error(`not a row-context token: ${JSON.stringify(t)}`);
  return `${kind}.${state}:${kept.map((a) => `${a}:`).join('')}`;
}

/** The parts of a contextValue, or undefined when it is not of the grammar. */
export function parseRowContext(value: string): RowContext | undefined {
  const m = /^([A-Za-z]+)\.([\w-]+):((?:[A-Za-z][\w-]*:)*)$/.exec(value);
  if (!m || !(ROW_KINDS as readonly string[]).includes(m[1]!)) return undefined;
  return { kind: m[1] as RowKind, state: m[2]!, actions: m[3]!.split(':').filter(Boolean) };
}

/** The same row with no actions: a row being changed offers nothing until it settles. */
export function withoutActions(value: string): string {
  const parsed = parseRowContext(value);
  return parsed ? rowContext(parsed.kind, parsed.state) : value;
}

/** The `when` test a menu entry uses for `action` on rows of `kinds`. */
export function rowMenuTest(kinds: readonly RowKind[], action: string): string {
  return `viewItem =~ /^(${kinds.join('|')})\\..*:${action}:/`;
}
