// Builds the CommandContext that every handler receives, from the parts the extension made.
import type { BrainClient, Definitions, VirtualMachine } from '../api';
import type { ActivityAccess, CommandContext, DetailsAccess, Features, ProfilesAccess } from '../commands/context';
import type { ActionRunner } from '../estate/actions';
import type { Estate } from '../estate/estate';
import { targetFromNode } from '../estate/targets';
import type { EstateLoader } from '../estate/loader';
import type { Poller } from '../estate/poller';
import type { ServerReader } from '../estate/reader';
import type { ErrorReporter } from '../interaction/reportError';
import type { UiPort } from '../interaction/port';
import type { ServerResolver } from '../interaction/serverResolver';

export interface ContextParts {
  ui: UiPort;
  log: CommandContext['log'];
  session: {
    readonly username: string | undefined;
    /** The client for calls that need no session (`/definitions`). */
    readonly anonymousBrain: BrainClient | undefined;
    readonly endpointError: unknown;
    signIn(): Promise<unknown>;
    signInWithApiKey(): Promise<unknown>;
    signOut(): Promise<void>;
    readonly usesApiKey: boolean;
    adoptApiKey(secret: string, signal?: AbortSignal): Promise<boolean>;
    /** Signs in if needed; undefined when the user declined. */
    requireBrain(): Promise<BrainClient | undefined>;
  };
  resolver: ServerResolver;
  /** For the commands that make or find what is not a server yet (a new server, groups). */
  estate: Estate;
  runner: ActionRunner;
  reader: ServerReader;
  loader: EstateLoader;
  /** Loaded, and the user's privileges read: what the commands offer depends on both. */
  ensureLoaded(): Promise<boolean>;
  poller: Poller<VirtualMachine>;
  errors: ErrorReporter;
  deleted: { readonly showDeleted: boolean; set(show: boolean): Promise<void> };
  /** The tree view's side of `ctx.view`: filter and reveal. */
  tree: Pick<CommandContext['view'], 'filter' | 'setFilter' | 'scopes' | 'reveal' | 'allServers' | 'show'>;
  features: Features;
  details: DetailsAccess;
  profiles: ProfilesAccess;
  activity: ActivityAccess;
}

export function createCommandContext(p: ContextParts): CommandContext {
  let definitions: Definitions | undefined;
  return {
    ui: p.ui,
    log: p.log,
    // Methods, not arrows: a copy with its own ui (a language-model tool's) hears its refusals.
    resolveServer(arg, opts) {
      return p.resolver.resolve(arg, opts, this.ui);
    },
    resolveServers(arg, selection, opts) {
      return p.resolver.resolveMany(arg, selection, opts, this.ui);
    },
    // Methods, not arrows: `this` is the object they are called on, so a copy `{ ...ctx, actor }`
    // (a language-model tool's) acts as, and is recorded as, that actor.
    run(targets, spec) {
      return p.runner.run(targets, spec, this.actor);
    },
    act(targets, job, name) {
      return p.runner.jobs.run(targets, job, name, this.actor);
    },
    refreshServer: (target) => p.reader.refresh(target),
    refreshAll: () => p.loader.refreshAll(),
    async definitions(signal) {
      if (definitions) return definitions;
      const brain = p.session.anonymousBrain;
      if (!brain) throw p.session.endpointError ?? new Error('The API endpoint setting is not usable.');
      definitions = await brain.getDefinitions(signal ? { signal } : undefined);
      return definitions;
    },
    reportError: (what, err, retry) => p.errors.report(what, err, retry),
    waitFor: (target, done, signal) => p.poller.wait(target.vm.id, done, signal),
    brain: () => p.session.requireBrain(),
    accounts: async () => ((await p.ensureLoaded()) ? p.estate.accountNodes : undefined),
    mayWriteGroup: (groupId, accountId) => p.estate.access.mayWriteGroup(groupId, accountId),
    mayWriteAccount: (accountId) => p.estate.access.mayWriteAccount(accountId),
    showNewServer(vm, pending) {
      if (!p.estate.patchServer(vm)) return undefined;
      const node = p.estate.setPending(vm.id, pending);
      return node ? targetFromNode(node) : undefined;
    },
    session: {
      get username() {
        return p.session.username;
      },
      signIn: () => p.session.signIn(),
      signInWithApiKey: () => p.session.signInWithApiKey(),
      signOut: () => p.session.signOut(),
      get usesApiKey() {
        return p.session.usesApiKey;
      },
      adoptApiKey: (secret, signal) => p.session.adoptApiKey(secret, signal),
    },
    view: {
      get showDeleted() {
        return p.deleted.showDeleted;
      },
      setShowDeleted: (show) => p.deleted.set(show),
      get filter() {
        return p.tree.filter;
      },
      setFilter: (f) => p.tree.setFilter(f),
      scopes: () => p.tree.scopes(),
      reveal: (t) => p.tree.reveal(t),
      allServers: () => p.tree.allServers(),
      show: () => p.tree.show(),
    },
    features: p.features,
    details: p.details,
    profiles: p.profiles,
    activity: p.activity,
  };
}
