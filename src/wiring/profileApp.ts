// Everything one profile (a cluster and whoever signs in to it) needs, built once per profile:
// its session, estate, loader, poller, action runner, resolver and the CommandContext its
// commands get. What the window has once (the view, its filter, the status bar, the properties
// documents) comes in through ProfileShell.
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { VirtualMachine } from '../api';
import type { CommandContext, ProfilesAccess } from '../commands/context';
import { DEFAULT_PROFILE_ID, type Profile } from '../config/profiles';
import type { Settings } from '../config';
import { AccountModel } from '../estate/account';
import { ActionRunner } from '../estate/actions';
import { Runner } from '../estate/runner';
import { DetailLoader, rowsOfKind } from '../estate/details';
import { Estate } from '../estate/estate';
import { EstateLoader } from '../estate/loader';
import { isServerNode, type EstateNode } from '../estate/nodes';
import { Poller } from '../estate/poller';
import { ServerReader } from '../estate/reader';
import { allTargets, scopesOf } from '../estate/targets';
import { propertiesPath, type PropertiesFeature } from '../features/properties';
import { requestLogger } from '../log';
import { isUnreachable } from '../model/failureText';
import { isTransitional } from '../model/serverState';
import { SessionManager } from '../session/session';
import { SessionStore } from '../session/sessionStore';
import { ErrorReporter } from '../ui/reportError';
import { ServerResolver } from '../ui/serverResolver';
import { createSessionUi } from '../ui/signInPrompts';
import { ServerTreeProvider } from '../ui/treeProvider';
import type { ProfileEntry, ProfileNode } from '../ui/profileTree';
import type { VscodeUi } from '../ui/vscodeUi';
import { actionFeedback } from './actionFeedback';
import { createCommandContext } from './commandContext';
import { DeletedServers } from './deletedServers';
import { cacheDir, EstateCache } from './estateCache';
import { consoleFeatures } from './features';
import { StaleNotice } from './staleNotice';
import type { TreeControls } from './treeControls';

/** What the window has once, shared by every profile. */
export interface ProfileShell {
  context: vscode.ExtensionContext;
  log: vscode.LogOutputChannel;
  ui: VscodeUi;
  controls: () => TreeControls;
  properties: PropertiesFeature;
  profiles: ProfilesAccess;
}

/** A ProfileEntry for the view, and Routable for the commands, as it is. */
export class ProfileApp implements ProfileEntry, vscode.Disposable {
  readonly ctx: CommandContext;
  /** Its row in the view when there are several profiles. */
  readonly root: ProfileNode;
  /** What tells its properties documents apart: empty for the default profile, so their addresses are what they always were. */
  readonly key: string;
  readonly session: SessionManager;
  readonly estate: Estate;
  private readonly loader: EstateLoader;
  private readonly poller: Poller<VirtualMachine>;
  private readonly deleted: DeletedServers;
  readonly tree: ServerTreeProvider;
  readonly account: AccountModel;
  private readonly store: SessionStore;
  private readonly cache: EstateCache;
  private readonly disposables: Array<{ dispose(): unknown }> = [];
  private starting: Promise<void> | undefined;

  /** The shared settings with this profile's endpoints, read afresh each time. */
  private readonly settings: () => Settings;

  constructor(
    public profile: Profile,
    settingsOf: (profile: Profile) => Settings,
    shell: ProfileShell,
  ) {
    const settings = (): Settings => settingsOf(this.profile);
    this.settings = settings;
    const { context, log, ui } = shell;
    const key = profile.id === DEFAULT_PROFILE_ID ? '' : profile.id;
    this.key = key;
    this.root = { kind: 'profile', id: `profile:${profile.id}`, profileId: profile.id };
    this.store = new SessionStore(context.secrets, profile.id);
    this.cache = new EstateCache(cacheDir(context.globalStorageUri), profile.id);
    const session = new SessionManager({ store: this.store, memento: context.globalState, log, settings, onRequest: requestLogger(log), ui: createSessionUi(ui) });
    this.session = session;
    const errors = new ErrorReporter({ ui, log, signIn: () => session.signIn() });
    const notice = new StaleNotice({ redraw: () => this.tree.refreshAll(), setNotice: (n) => shell.controls().setNotice(n, profile.id), errors, retry: () => this.loader.refreshAll() });
    const estate = new Estate();
    this.estate = estate;
    const reader = new ServerReader({ session, estate, log, onError: (t, err) => errors.report(l10n.t('refresh {0}', t.fullName), err) });
    this.poller = new Poller<VirtualMachine>({
      fetch: (id) => reader.poll(id),
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
    this.loader = new EstateLoader({
      session,
      estate,
      poller: this.poller,
      log,
      inView: (task) => Promise.resolve(vscode.window.withProgress({ location: { viewId: 'bigv.servers' } }, task)),
      includeDeleted: settings().showDeletedServers,
      onStale: (stale) => notice.show(stale),
      onLoaded: () => session.username && this.cache.saveSoon(settings().apiEndpoint, session.username, estate),
    });
    const loader = this.loader;
    this.deleted = new DeletedServers(loader);
    const runner = new ActionRunner({ runner: new Runner({ session, ui: actionFeedback(ui, errors), log }), estate, poller: this.poller, reader });
    const resolver = new ServerResolver({ ui, estate, ensureLoaded: () => loader.ensureLoaded(), get showDeleted() { return loader.includeDeleted; } });
    const details = new DetailLoader({ session, estate, log, username: () => session.username });
    this.account = new AccountModel({ session, username: () => session.username, log });
    const controls = shell.controls;
    this.ctx = createCommandContext({
      ui, log, session, resolver, runner, reader, loader, poller: this.poller, errors, deleted: this.deleted, estate,
      tree: {
        get filter() {
          return controls().filter;
        },
        setFilter: (f) => controls().setFilter(f),
        scopes: () => scopesOf(estate),
        allServers: async () => ((await loader.ensureLoaded()) ? allTargets(estate) : undefined),
        show: async () => void (await vscode.commands.executeCommand('bigv.servers.focus')),
        reveal: async (t) => {
          const node = estate.server(t.vm.id);
          if (node) await controls().reveal(node);
        },
      },
      features: consoleFeatures(context.extensionPath, session, reader, log, shell.properties, key, () => (shell.profiles.list().length > 1 ? this.profile.name : undefined)),
      details: { forget: (id) => estate.forgetDetails(id), accountChanged: () => this.account.forget(), busy: (row, label) => estate.setRowBusy(row, label), rows: (id, kind) => rowsOfKind(estate, details, id, kind) },
      profiles: shell.profiles,
    });
    this.tree = new ServerTreeProvider(estate, () => (estate.status === 'loaded' ? undefined : (loader.pending ?? this.starting)), () => loader.stale !== undefined, () => controls().filter, details);
    this.disposables.push(
      session,
      this.tree,
      this.cache, this.cache.follow(session),
      { dispose: () => this.poller.dispose() },
      { dispose: () => loader.dispose() },
      session.onDidChange(() => this.sessionChanged()),
      estate.onDidChange((nodes) =>
        shell.properties.serversChanged(nodes && new Set(nodes.filter(isServerNode).map((n) => propertiesPath(n.parent.parent.account.name, n.parent.group.name, n.vm.name))), key),
      ),
    );
  }

  /** Restores the stored session (showing the last-known tree at once while it loads). */
  start(): Promise<void> {
    this.starting ??= (async () => {
      try {
        const cached = await this.cache.forStoredSession(this.store, this.settings());
        if (cached) this.loader.showCached(cached.accounts, cached.savedAt);
        await this.session.restore();
        await this.loader.pending;
      } catch (err) {
        this.ctx.log.error(`Could not restore the session of profile "${this.profile.name}": ${err instanceof Error ? err.message : String(err)}`);
      }
    })();
    return this.starting;
  }

  /** Remove Profile: signs out (deleting every secret it has) and deletes its last-known tree. */
  async forget(): Promise<void> {
    await this.session.signOut();
    await this.cache.forget();
  }

  get username(): string | undefined {
    return this.session.username;
  }

  get signedIn(): boolean {
    return this.session.signedIn;
  }

  /** Whether a node is in this profile's tree (its account is one of this estate's). */
  owns(node: EstateNode): boolean {
    let n = node;
    for (let up = this.estate.parentOf(n); up; up = this.estate.parentOf(n)) n = up;
    return n.kind === 'account' && this.estate.accountNodes.includes(n);
  }

  setVisible(visible: boolean): void {
    this.poller.setVisible(visible);
    this.loader.setVisible(visible);
  }

  /** Shared settings changed (the endpoints only matter to the profile that has them). */
  settingsChanged(changed: readonly string[], showDeleted: boolean): void {
    if (changed.includes('apiEndpoint') || changed.includes('authEndpoint')) {
      this.ctx.log.info(`Endpoint settings of profile "${this.profile.name}" changed; a session stored for the old ones is not used.`);
      void this.session.endpointChanged();
    } else if (changed.includes('requestTimeoutSeconds')) {
      this.session.rebuildClients();
    }
    if (changed.includes('showDeletedServers')) void this.deleted.follow(showDeleted);
  }

  private sessionChanged(): void {
    this.account.forget();
    this.poller.clear();
    if (this.session.signedIn) void this.loader.refreshAll();
    else this.estate.clear();
  }

  dispose(): void {
    for (const d of this.disposables.reverse()) d.dispose();
  }
}
