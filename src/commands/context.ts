// The one seam between command handlers and the rest of the extension. Commands receive this
// object and nothing else, so each handler stays a thin "resolve target → confirm → call → tell
// the estate" function, and the shared concerns (progress, errors, logging, polling) live once
// behind `runAction`.
import type * as vscode from 'vscode';
import type { BrainClient, Definitions, ServerRef, VirtualMachine } from '../api';

/** What the user asked for; the tree shows it (spinner + description) until the server settles. */
export type PendingAction =
  | 'starting'
  | 'stopping'
  | 'restarting'
  | 'shutting-down'
  | 'resetting'
  | 'reimaging'
  | 'deleting'
  | 'restoring';

/** A server as commands see it: enough to address it in the API and to name it to the user. */
export interface ServerTarget {
  ref: ServerRef; // by ids: { account: accountId, group: groupId, server: vmId }
  vm: VirtualMachine;
  accountName: string;
  groupName: string;
  /** `name.group.account`, the notation the Go CLI uses and the quick pick searches. */
  fullName: string;
}

export interface ResolveOptions {
  /** Only servers for which this holds are offered in the quick pick (e.g. powered on). */
  filter?: (t: ServerTarget) => boolean;
  placeHolder?: string;
}

export interface ActionOptions {
  /** Shown on the server while the call runs and afterwards until the server settles. */
  pending?: PendingAction;
  /** After the call, poll this server until it reaches this condition (or a time limit). */
  settledWhen?: (vm: VirtualMachine) => boolean;
  /** The server was removed for good (purge): drop it from the tree instead of refreshing. */
  removed?: boolean;
}

export interface CommandServices {
  readonly log: vscode.LogOutputChannel;
  /** Username of the signed-in session, or undefined when signed out. */
  readonly username: string | undefined;
  /** The brain client for the signed-in session; if signed out, offers sign-in and returns undefined. */
  brain(): Promise<BrainClient | undefined>;
  /** `GET /definitions`, cached for the window's lifetime after the first success. */
  definitions(signal?: AbortSignal): Promise<Definitions>;
  /**
   * The server a command acts on: the tree node it was invoked on (`arg`), or, from the Command
   * Palette, a quick pick searchable by `name.group.account`. Undefined if the user cancelled.
   */
  resolveServer(arg: unknown, opts?: ResolveOptions): Promise<ServerTarget | undefined>;
  /**
   * Runs one API call under `withProgress` (cancellable), logs it, reports a failure with the
   * API's reason (UI + log), then refreshes/polls the server. True when the call succeeded;
   * false on failure or cancel (already reported).
   */
  runAction(
    target: ServerTarget,
    title: string,
    fn: (brain: BrainClient, signal: AbortSignal) => Promise<unknown>,
    opts?: ActionOptions,
  ): Promise<boolean>;
  /** Re-reads one server (single GET) and updates its node in place. */
  refreshServer(target: ServerTarget): Promise<VirtualMachine | undefined>;
  /** Reloads the whole tree (one `GET /accounts?view=overview`). */
  refreshAll(): Promise<void>;
  readonly showDeleted: boolean;
  setShowDeleted(show: boolean): Promise<void>;
  signIn(): Promise<void>;
  signOut(): Promise<void>;
  /** Reports an error to the user (message with what to do) and to the log. */
  reportError(what: string, err: unknown): void;
}

/** A command handler: receives the services and whatever VS Code passed (a tree node, or nothing). */
export type CommandHandler = (services: CommandServices, ...args: unknown[]) => Promise<unknown>;
