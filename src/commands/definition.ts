// A command is defined once, next to its handler: its id, title, icon, where it shows (row kinds
// and their menu groups, the view title bar, the palette, a key), which profile it runs in, whether
// it takes a whole multi-selection and whether it writes. From the list of definitions
// (registry.ts) come the registration, the routing, the selection rule, and package.json's
// commands, menus and keybindings plus package.nls.json's titles (`npm run manifest` writes them;
// test/commands/manifest.test.ts fails when they differ). The states in which an action is offered
// stay in the state model (model/serverState.ts, model/discState.ts), keyed by the same short name,
// because the tree draws its rows at activation, before this code is loaded. No vscode import.
import type { RowKind } from '../model/rowContext';
import type { CommandHandler } from './context';

/**
 * Which profile a command runs in when there are several:
 * `window` window-wide (the filter, the log, the profiles themselves): the first profile's context;
 * `profile` a row's profile, else the signed-in one, or ask;
 * `each` a row's profile, else every signed-in profile (Refresh);
 * `signIn` a row's profile, else the signed-out one, or ask;
 * `signOut` a row's profile, else the signed-in one, or ask;
 * `account` the Your Account view's profile: the first signed-in one.
 */
export type RouteMode = 'window' | 'profile' | 'each' | 'signIn' | 'signOut' | 'account';

export type ViewId = 'servers' | 'account' | 'activity';

/** Where a command shows on rows: the row kinds whose contextValue may carry its short name. */
export interface RowPlace {
  view?: ViewId;
  kinds: readonly RowKind[];
  /** The context menu's `group@order`; absent: not in the context menu. */
  menu?: string;
  /** The inline button's order (`inline@n`); absent: no button. */
  inline?: number;
  /** A further `when` condition (a context key such as `bigv.remoteSshAvailable`). */
  when?: string;
}

export interface TitlePlace {
  view: ViewId;
  /** `group@order` in the view's title bar (`navigation@n` shows as an icon). */
  group: string;
  when?: string;
}

export interface CommandDefinition<Id extends string = string> {
  id: Id;
  /** English title; package.nls.json's `command.<short>.title`, the l10n source. */
  title: string;
  /** A codicon name, without `$()`. */
  icon: string;
  /** package.json `enablement`. */
  enablement?: string;
  /** In the Command Palette when this holds; `'always'`: no condition; default `bigv.signedIn`. */
  palette?: string;
  rows?: readonly RowPlace[];
  titleBar?: readonly TitlePlace[];
  key?: { key: string; mac: string; when: string };
  /** Default `profile`. */
  route?: RouteMode;
  /** Acts on a whole multi-selection; otherwise one row, and its menus say `!listMultiSelection`. */
  many?: boolean;
  /** Changes something on the brain (so it goes through the runner and renews an expired session). */
  writes: boolean;
  run: CommandHandler;
}

/** Keeps the id's literal type, so the registry's list gives the `CommandId` union. */
export function defineCommand<const Id extends `bigv.${string}`>(d: CommandDefinition<Id>): CommandDefinition<Id> {
  return d;
}

/** `bigv.resize` → `resize`: the command's file name, nls key and row-context token. */
export function shortName(id: string): string {
  return id.slice('bigv.'.length);
}
