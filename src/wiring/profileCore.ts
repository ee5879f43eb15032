// One profile's working parts, without VS Code: its session, estate, reader, poller, loader,
// action runner, resolver, error path and the CommandContext its commands get, built from ports.
// ProfileApp (profileApp.ts) gives it VS Code's; test/support/commandHarness.ts gives it the
// simulator's and a scripted user's, so a handler test runs the wiring the extension runs.
// No vscode import, here or in anything it imports (test/layers.test.ts checks).
import * as l10n from '@vscode/l10n';
import type { RequestLogEvent, VirtualMachine } from '../api';
import type { CommandContext, Features, ProfilesAccess } from '../commands/context';
import type { Settings } from '../config/settings';
import { AccountModel } from '../estate/account';
import { ActivityLog, undoOffered } from '../estate/activity';
import { ActionRunner } from '../estate/actions';
import { DetailLoader, rowsOfKind } from '../estate/details';
import { Estate } from '../estate/estate';
import { EstateLoader, type Staleness } from '../estate/loader';
import type { ServerNode } from '../estate/nodes';
import { Poller } from '../estate/poller';
import { ServerReader } from '../estate/reader';
import { Runner } from '../estate/runner';
import { allTargets, scopesOf } from '../estate/targets';
import { isUnreachable } from '../model/failureText';
import type { ServerFilter } from '../model/filter';
import { isTransitional } from '../model/serverState';
import { SessionManager } from '../session/session';
import { SessionStore } from '../session/sessionStore';
import type { KeyValueStore, Logger, SecretStore, SessionUi } from '../session/types';
import type { UiPort } from '../interaction/port';
import { ErrorReporter } from '../interaction/reportError';
import { ServerResolver } from '../interaction/serverResolver';
import { createSessionUi } from '../interaction/signInPrompts';
import { actionFeedback } from './actionFeedback';
import { activityRecorder } from './activityRecord';
import { createCommandContext } from './commandContext';
import { DeletedServers, type DeletedServersPorts } from './deletedServers';

/** What a profile's parts are built from: everything that reaches VS Code (or stands in for it). */
export interface ProfilePorts {
  /** Whose secrets these are. */
  profileId: string;
  /** Its name, for the log (read when needed: a profile can be renamed). */
  profileName(): string;
  ui: UiPort;
  /** The session's prompts; by default the sign-in boxes through `ui`. */
  sessionUi?: SessionUi;
  log: Logger;
  secrets: SecretStore;
  /** Non-secret state (the last username). */
  memento: KeyValueStore;
  /** The settings with this profile's endpoints, read afresh each time. */
  settings(): Settings;
  /** Every API request as it goes (the request log). */
  onRequest(e: RequestLogEvent): void;
  /** Shows the view's progress bar while a load runs. */
  inView<T>(task: () => Promise<T>): Promise<T>;
  /** The tree went stale (with why), or is fresh again. */
  onStale?(stale: Staleness | undefined): void;
  /** A full load succeeded. */
  onLoaded?(): void;
  /** The tree view's side: its filter, and showing it or a server in it. */
  view: {
    readonly filter: ServerFilter | undefined;
    setFilter(filter: ServerFilter | undefined): void;
    reveal(node: ServerNode): Promise<void>;
    show(): Promise<void>;
  };
  showDeleted: DeletedServersPorts;
  /** What commands reach outside for (consoles, properties, Remote-SSH), from the parts they use. */
  features(parts: { session: SessionManager; reader: ServerReader }): Features;
  profiles: ProfilesAccess;
  /** The window's Activity log; by default one of its own over `memento`. */
  activity?: ActivityLog;
}

export class ProfileCore {
  readonly store: SessionStore;
  readonly session: SessionManager;
  readonly estate = new Estate();
  readonly errors: ErrorReporter;
  readonly reader: ServerReader;
  readonly poller: Poller<VirtualMachine>;
  readonly loader: EstateLoader;
  readonly deleted: DeletedServers;
  readonly runner: ActionRunner;
  readonly resolver: ServerResolver;
  readonly details: DetailLoader;
  readonly account: AccountModel;
  readonly activity: ActivityLog;
  readonly ctx: CommandContext;
  private readonly subscription: { dispose(): unknown };

  constructor(private readonly ports: ProfilePorts) {
    const { ui, log, settings, view } = ports;
    const estate = this.estate;
    this.store = new SessionStore(ports.secrets, ports.profileId);
    const session = new SessionManager({ store: this.store, memento: ports.memento, log, settings, onRequest: ports.onRequest, ui: ports.sessionUi ?? createSessionUi(ui, () => this.nameAmongSeveral()) });
    this.session = session;
    const errors = new ErrorReporter({ ui, log, signIn: () => session.signIn() });
    this.errors = errors;
    const reader = new ServerReader({ session, estate, log, onError: (t, err) => errors.report(l10n.t('refresh {0}', t.fullName), err) });
    this.reader = reader;
    this.poller = new Poller<VirtualMachine>({
      fetch: (id) => reader.poll(id),
      fetchMany: (ids, wanted) => reader.pollMany(ids, wanted),
      defaultSettled: (vm) => !isTransitional(vm),
      onLeave: (id, reason) => {
        if (reason === 'gone') return estate.removeServer(id);
        if (reason === 'timeout') log.warn(`${estate.server(id)?.vm.name ?? id} did not settle within 10 minutes; stopped watching it. Refresh to see its current state.`);
        estate.setPending(id, undefined);
      },
      onError: (id, err) => {
        log.warn(`Polling server ${estate.server(id)?.vm.name ?? id} failed: ${err instanceof Error ? err.message : String(err)}`);
        if (isUnreachable(err)) this.loader.outage(err);
      },
      intervalMs: () => settings().pollIntervalSeconds * 1000,
    });
    const loader = new EstateLoader({
      session,
      estate,
      poller: this.poller,
      log,
      inView: (task) => ports.inView(task),
      includeDeleted: settings().showDeletedServers,
      onStale: (stale) => ports.onStale?.(stale),
      onLoaded: () => ports.onLoaded?.(),
    });
    this.loader = loader;
    this.deleted = new DeletedServers(loader, ports.showDeleted);
    const activity = (this.activity = ports.activity ?? new ActivityLog(ports.memento));
    const record = activityRecorder({ log: activity, profileId: ports.profileId, profileName: ports.profileName, username: () => session.username, estate });
    this.runner = new ActionRunner({ runner: new Runner({ session, ui: actionFeedback(ui, errors), log, record }), estate, poller: this.poller, reader });
    const details = new DetailLoader({ session, estate, log, username: () => session.username });
    // The palette offers only what the privileges allow, so they are read before it offers anything.
    const loaded = async (): Promise<boolean> => (await loader.ensureLoaded()) && (await details.ensureAccess(), true);
    this.resolver = new ServerResolver({ ui, estate, ensureLoaded: loaded, get showDeleted() { return loader.includeDeleted; } });
    this.details = details;
    const account = new AccountModel({ session, username: () => session.username, log });
    this.account = account;
    this.ctx = createCommandContext({
      ui, log, session, resolver: this.resolver, runner: this.runner, reader, loader, ensureLoaded: loaded, poller: this.poller, errors, deleted: this.deleted, estate,
      tree: {
        get filter() {
          return view.filter;
        },
        setFilter: (f) => view.setFilter(f),
        scopes: () => scopesOf(estate),
        allServers: async () => ((await loader.ensureLoaded()) ? allTargets(estate) : undefined),
        show: () => view.show(),
        reveal: async (t) => {
          const node = estate.server(t.vm.id);
          if (node) await view.reveal(node);
        },
      },
      features: ports.features({ session, reader }),
      details: { forget: (id) => estate.forgetDetails(id), accountChanged: () => account.forget(), busy: (row, label) => estate.setRowBusy(row, label), rows: (id, kind) => rowsOfKind(estate, details, id, kind) },
      profiles: ports.profiles,
      activity: {
        profile: ports.profileId,
        entries: () => activity.entries(), shown: () => activity.shown(), get: (id) => activity.get(id),
        offered: (e) => e.profile === ports.profileId && undoOffered(e, e.server && estate.server(e.server.id)?.vm),
        markUndone: (id, by) => activity.markUndone(id, by), clear: () => activity.clear(),
        get filter() { return activity.filter; }, setFilter: (f) => activity.setFilter(f),
      },
    });
    this.subscription = session.onDidChange(() => this.sessionChanged());
  }

  setVisible(visible: boolean): void {
    this.poller.setVisible(visible);
    this.loader.setVisible(visible);
  }

  /** Shared settings changed (the endpoints only matter to the profile that has them). */
  settingsChanged(changed: readonly string[], showDeleted: boolean): void {
    if (changed.includes('apiEndpoint') || changed.includes('authEndpoint')) {
      this.ports.log.info(`Endpoint settings of profile "${this.ports.profileName()}" changed; a session stored for the old ones is not used.`);
      void this.session.endpointChanged();
    } else if (changed.includes('requestTimeoutSeconds')) {
      this.session.rebuildClients();
    }
    if (changed.includes('showDeletedServers')) void this.deleted.follow(showDeleted);
  }

  /** The user whose tree is shown (undefined: signed out). */
  private shownFor: string | undefined;

  private sessionChanged(): void {
    // A renewed token (here or from another window) for the same user changes nothing shown: a
    // reload then would cost an overview read and drop the polling of servers mid-action.
    const who = this.session.signedIn ? this.session.username : undefined;
    if (who !== undefined && who === this.shownFor) return;
    this.shownFor = who;
    this.account.forget();
    this.poller.clear();
    if (this.session.signedIn) void this.loader.refreshAll();
    else this.estate.clear();
  }

  /** The profile's name where there are several (prompts, notices and tab titles say which); undefined with one. */
  nameAmongSeveral(): string | undefined {
    return this.ports.profiles.list().length > 1 ? this.ports.profileName() : undefined;
  }

  dispose(): void {
    this.subscription.dispose();
    this.loader.dispose();
    this.poller.dispose();
    this.session.dispose();
  }
}

