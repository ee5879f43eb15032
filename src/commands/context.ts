// The one seam between command handlers and the rest of the extension. A handler receives this
// and whatever VS Code passed (a tree node, or nothing from the palette); it never imports
// `vscode`, so each handler is unit-tested with a scripted UI (test/support/fakeUi.ts).
import type { BrainClient, Definitions, VirtualMachine } from '../api';
import type { AccountNode, DetailNode } from '../estate/nodes';
import type { DetailKind } from '../estate/rows';
import type { PendingAction } from '../model/serverState';
import type { ActionSpec, Outcome } from '../estate/actions';
import type { ActivityEntry, ActivityFilter } from '../estate/activity';
import type { Job, JobOutcome } from '../estate/runner';
import type { RemoteSsh } from '../features/remoteSsh';
import type { SshConfigAccess } from '../features/sshConfig/access';
import type { ServerFilter } from '../model/filter';
import type { ServerTarget } from '../model/target';
import type { UiPort } from '../interaction/port';
import type { ResolvedMany, ResolveOptions } from '../interaction/serverResolver';

export interface CommandLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** What commands reach outside the extension for: a terminal, an editor tab, another extension. */
export interface Features {
  openConsole(target: ServerTarget): Promise<unknown>;
  /** The server's screen (VNC through an SSH tunnel) in an editor tab. */
  openGraphicalConsole(target: ServerTarget): Promise<unknown>;
  showProperties(target: ServerTarget): Promise<unknown>;
  remoteSsh: RemoteSsh;
  /** A terminal in this window, logged in to the server itself over SSH (issue 22). */
  openSshTerminal?(target: ServerTarget): Promise<unknown>;
  /** The SSH config the extension keeps for the servers (~/.ssh/bigv/config), when built. */
  sshConfig?: SshConfigAccess;
}

/** Discs, backups, addresses and the signed-in user: what lies beyond server actions. */
export interface DetailsAccess {
  /** Forgets a server's lazily read backups and reverse DNS, so the tree reads them again. */
  forget(vmId: number): void;
  /** The user's SSH keys or privileges changed: the account view reads them again. */
  accountChanged(): void;
  /** A server's rows of one kind, for the palette to pick from (backups are read if need be). */
  rows(vmId: number, kind: DetailKind): Promise<DetailNode[]>;
  /** Marks a row as changing ("Resizing…"): it spins until cleared with undefined. */
  busy(row: DetailNode, label: string | undefined): void;
}

/** A profile as commands see it: a cluster and whoever is signed in to it. */
export interface ProfileInfo {
  readonly id: string;
  readonly name: string;
  readonly apiEndpoint: string;
  readonly authEndpoint: string;
  readonly username: string | undefined;
  /** The profile of the endpoint settings: it can be renamed, not removed. */
  readonly isDefault: boolean;
}

/** The window's profiles (the same for every profile's context). */
export interface ProfilesAccess {
  list(): ProfileInfo[];
  /** The profile a tree row stands for (its root row), if it is one. */
  fromArg(arg: unknown): ProfileInfo | undefined;
  add(p: { name: string; apiEndpoint: string; authEndpoint: string }): Promise<ProfileInfo>;
  rename(id: string, name: string): Promise<void>;
  /** Signs out of it, forgets its stored session, and removes it. */
  remove(id: string): Promise<void>;
  signIn(id: string, withApiKey: boolean): Promise<unknown>;
  signOut(id: string): Promise<void>;
  /** Every signed-in profile's servers (each loaded if need be), and how to show one in the tree: Go to Server searches them all. */
  everyServer(): Promise<ProfileServers[]>;
}

export interface ProfileServers {
  profile: ProfileInfo;
  servers: ServerTarget[];
  reveal(target: ServerTarget): Promise<void>;
}

/** The window's Activity log (every profile's entries), as this profile's commands see it. */
export interface ActivityAccess {
  /** This profile's id: an entry is undone in its own profile's context. */
  readonly profile: string;
  /** Newest first; `shown` narrowed by the filter. */
  entries(): readonly ActivityEntry[];
  shown(): readonly ActivityEntry[];
  get(id: string): ActivityEntry | undefined;
  /** Whether an entry of this profile offers Undo now (its server unchanged since, as the tree has it). */
  offered(entry: ActivityEntry): boolean;
  markUndone(id: string, by: string): void;
  clear(): void;
  readonly filter: ActivityFilter | undefined;
  setFilter(filter: ActivityFilter | undefined): void;
}

export interface CommandContext {
  readonly ui: UiPort;
  /**
   * Who acts: undefined for the person at the keyboard; `agent: <tool name>` when a language-model
   * tool runs the command (the same handler with a UiPort answered from the tool's input). What
   * the runner records of a change says so (issue 21). `run` and `act` read it from the object
   * they are called on, so a copy `{ ...ctx, actor }` acts, and is recorded, as that actor.
   */
  readonly actor?: string;
  readonly log: CommandLog;
  /** The server a command acts on (tree node, or a quick pick from the palette), checked by the state model. */
  resolveServer(arg: unknown, opts: ResolveOptions): Promise<ServerTarget | undefined>;
  /**
   * Several servers: the tree's multi-selection (VS Code passes it after the clicked node), or a
   * multi-select quick pick from the palette; what the action does not apply to comes back skipped.
   */
  resolveServers(arg: unknown, selection: unknown, opts: ResolveOptions): Promise<ResolvedMany | undefined>;
  /** Runs an action on one or more servers: progress, errors, outcome, pending state and the wait. */
  run(targets: readonly ServerTarget[], spec: ActionSpec): Promise<Outcome[]>;
  /**
   * Runs any other write (a disc, backup, address, group, SSH key, a server being created) on the
   * same runner: its row pending, progress, cancellation, renewal of an expired session, the one
   * error path and Retry. `name` names a target in a summary of several.
   */
  act<T>(targets: readonly T[], job: Job<T>, name: (t: T) => string): Promise<JobOutcome<T>[]>;
  /** Re-reads one server (single GET) and updates its node in place. */
  refreshServer(target: ServerTarget): Promise<VirtualMachine | undefined>;
  /** Reloads the whole tree (one `GET /accounts?view=overview`). */
  refreshAll(): Promise<void>;
  /** `GET /definitions`, cached after the first success. */
  definitions(signal?: AbortSignal): Promise<Definitions>;
  /** Tells the user (and the log) that something failed, with the button that helps. */
  reportError(what: string, err: unknown, retry?: () => unknown): void;
  /** Resolves once the brain reports the server in a state where `done` holds (polls meanwhile). */
  waitFor(target: ServerTarget, done: (vm: VirtualMachine) => boolean, signal?: AbortSignal): Promise<VirtualMachine>;
  /** The signed-in client (signing in if needed), for calls that are not an action on an existing server: groups, creating one. */
  brain(): Promise<BrainClient | undefined>;
  /** The accounts and groups in the tree (loaded first if needed), for group pickers and name checks. */
  accounts(): Promise<readonly AccountNode[] | undefined>;
  /** Whether the user's privileges let them change the group (create a server in it); true while they are not known. */
  mayWriteGroup(groupId: number, accountId: number): boolean;
  /** Whether they may change the account (its groups, who has access to it); true while not known. */
  mayWriteAccount(accountId: number): boolean;
  /** Puts a server just created into the tree at once, shown `pending` until a `waitFor` settles it. */
  showNewServer(vm: VirtualMachine, pending: PendingAction): ServerTarget | undefined;
  readonly session: {
    readonly username: string | undefined;
    signIn(): Promise<unknown>;
    signInWithApiKey(): Promise<unknown>;
    signOut(): Promise<void>;
    /** Signed in with an API key (its privileges, not the user's, are what it may use). */
    readonly usesApiKey: boolean;
    /** Signs this profile in with a key just made here; false when it could not be kept. */
    adoptApiKey(secret: string, signal?: AbortSignal): Promise<boolean>;
  };
  readonly view: {
    readonly showDeleted: boolean;
    setShowDeleted(show: boolean): Promise<void>;
    /** What the tree is narrowed to (Filter…), if anything. */
    readonly filter: ServerFilter | undefined;
    setFilter(filter: ServerFilter | undefined): void;
    /** The accounts and groups there are, for the filter's choices. */
    scopes(): { account: string; groups: string[] }[];
    /** Shows the view, expands down to the server and selects it. */
    reveal(target: ServerTarget): Promise<void>;
    /** Every server in the tree (after signing in and loading if needed), for Go to Server. */
    allServers(): Promise<ServerTarget[] | undefined>;
    /** Shows the Servers view. */
    show(): Promise<void>;
  };
  readonly features: Features;
  readonly details: DetailsAccess;
  readonly profiles: ProfilesAccess;
  readonly activity: ActivityAccess;
}

/** A command handler: the context, then whatever VS Code passed. */
export type CommandHandler = (ctx: CommandContext, ...args: unknown[]) => Promise<unknown>;

/** True when every target's action succeeded. */
export const succeeded = (outcomes: readonly Outcome[]): boolean => outcomes.length > 0 && outcomes.every((o) => o.result === 'ok');
