// The composition root: builds every part once, connects them, and keeps session, estate, tree
// and poller in step (a session change reloads the tree; the view's visibility gates polling).
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { VirtualMachine } from '../api';
import type { CommandContext } from '../commands/context';
import { currentSettings, type Settings } from '../config';
import { ActionRunner } from '../estate/actions';
import { Estate } from '../estate/estate';
import { EstateLoader } from '../estate/loader';
import { isServerNode, type EstateNode } from '../estate/nodes';
import { Poller } from '../estate/poller';
import { ServerReader } from '../estate/reader';
import { propertiesPath, registerProperties } from '../features/properties';
import { createLog, requestLogger } from '../log';
import { isUnreachable } from '../model/errorText';
import { isTransitional } from '../model/serverState';
import { SessionManager } from '../session/session';
import { SessionStore } from '../session/sessionStore';
import { setContextKey } from '../ui/contextKeys';
import { StatusBarEntry } from '../ui/statusBar';
import { ErrorReporter } from '../ui/errors';
import { ServerResolver } from '../ui/serverResolver';
import { createSessionUi } from '../ui/signInPrompts';
import { ServerTreeProvider } from '../ui/treeProvider';
import { registerAccountView } from '../ui/accountView';
import { AccountModel } from '../estate/account';
import { DetailLoader, rowsOfKind } from '../estate/details';
import { VscodeUi } from '../ui/vscodeUi';
import { actionFeedback } from './actionFeedback';
import { createCommandContext } from './commandContext';
import { DeletedServers } from './deletedServers';
import { consoleFeatures } from './features';
import { EstateCache } from './estateCache';
import { StaleNotice } from './staleNotice';
import { TreeControls } from './treeControls';

export class App implements vscode.Disposable {
  readonly ctx: CommandContext;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly session: SessionManager;
  private readonly loader: EstateLoader;
  private readonly poller: Poller<VirtualMachine>;
  private readonly view: vscode.TreeView<EstateNode>;
  private readonly tree: ServerTreeProvider;
  private readonly controls: TreeControls;
  private readonly status: StatusBarEntry;
  readonly deleted: DeletedServers;
  private starting: Promise<void> | undefined;
  private readonly store: SessionStore;
  private readonly cache: EstateCache;
  private readonly settings: () => Settings;

  constructor(context: vscode.ExtensionContext) {
    const log = createLog();
    const settings = () => currentSettings((w) => log.warn(w));
    const ui = new VscodeUi(log);
    this.store = new SessionStore(context.secrets);
    this.cache = new EstateCache(context.globalStorageUri);
    this.settings = settings;
    const session = new SessionManager({
      store: this.store,
      memento: context.globalState,
      log,
      settings,
      onRequest: requestLogger(log),
      ui: createSessionUi(ui),
    });
    const access = session;
    this.session = session;
    const errors = new ErrorReporter({ ui, log, signIn: () => session.signIn() });
    const stale_ = new StaleNotice({ redraw: () => this.tree.refreshAll(), setNotice: (n) => this.controls.setNotice(n), errors, retry: () => this.loader.refreshAll() });
    const estate = new Estate();
    const reader = new ServerReader({ session: access, estate, log, onError: (t, err) => errors.report(l10n.t('refresh {0}', t.fullName), err) });
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
      session: access,
      estate,
      poller: this.poller,
      log,
      inView: (task) => Promise.resolve(vscode.window.withProgress({ location: { viewId: 'bigv.servers' } }, task)),
      includeDeleted: settings().showDeletedServers,
      onStale: (stale) => stale_.show(stale),
      onLoaded: () => session.username && this.cache.saveSoon(settings().apiEndpoint, session.username, estate),
    });
    this.deleted = new DeletedServers(this.loader);
    const runner = new ActionRunner({ session: access, estate, poller: this.poller, reader, ui: actionFeedback(ui, errors), log });
    const loader = this.loader;
    const resolver = new ServerResolver({ ui, estate, ensureLoaded: () => loader.ensureLoaded(), get showDeleted() { return loader.includeDeleted; } });
    const properties = registerProperties(context, { get brain() { return session.brain; }, reportError: (what, err) => errors.report(what, err) });
    const details = new DetailLoader({ session: access, estate, log, username: () => session.username });
    const account = new AccountModel({ session: access, username: () => session.username, log });
    const controls = (): TreeControls => this.controls;
    this.ctx = createCommandContext({
      ui, log, session, resolver, runner, reader, loader: this.loader, poller: this.poller, errors, deleted: this.deleted, estate,
      tree: {
        get filter() {
          return controls().filter;
        },
        setFilter: (f) => controls().setFilter(f),
        scopes: () => controls().scopes(),
        reveal: (t) => controls().reveal(t),
        allServers: () => controls().allServers(),
      },
      features: consoleFeatures(context.extensionPath, session, reader, log, properties),
      details: { forget: (id) => estate.forgetDetails(id), accountChanged: () => account.forget(), busy: (row, label) => estate.setRowBusy(row, label), rows: (id, kind) => rowsOfKind(estate, details, id, kind) },
    });

    const tree = new ServerTreeProvider(estate, () => (estate.status === 'loaded' ? undefined : (this.loader.pending ?? this.starting)), () => this.loader.stale !== undefined, () => this.controls?.filter, details);
    this.tree = tree;
    this.view = vscode.window.createTreeView('bigv.servers', { treeDataProvider: tree, showCollapseAll: true, canSelectMany: true });
    this.status = new StatusBarEntry(estate, () => session.username, () => vscode.workspace.getConfiguration('bigv').get<boolean>('statusBar.show') !== false);
    this.disposables.push(this.status, this.cache);
    this.controls = new TreeControls(this.view, tree, estate, this.loader, () => this.session.username ?? '');
    this.poller.setVisible(this.view.visible);
    this.loader.setVisible(this.view.visible);
    this.disposables.push(
      log, session, tree, this.view, { dispose: () => this.poller.dispose() },
      this.view.onDidChangeVisibility((e) => {
        this.poller.setVisible(e.visible);
        this.loader.setVisible(e.visible);
      }),
      { dispose: () => this.loader.dispose() },
      session.onDidChange(() => this.sessionChanged(estate)),
      registerAccountView(account),
      session.onDidChange(() => account.forget()),
      estate.onDidChange((nodes) =>
        properties.serversChanged(nodes && new Set(nodes.filter(isServerNode).map((n) => propertiesPath(n.parent.parent.account.name, n.parent.group.name, n.vm.name)))),
      ),
    );
    this.showUser();
  }

  /** Activation: restore the stored session (in the background; the view shows progress). */
  start(): Promise<void> {
    this.starting ??= (async () => {
      try {
        await this.showLastKnown();
        await this.session.restore();
        await this.loader.pending;
      } catch (err) {
        this.ctx.log.error(`Could not restore the session: ${err instanceof Error ? err.message : String(err)}`);
      } finally {
        await setContextKey('bigv.ready', true);
      }
    })();
    return this.starting;
  }

  /** A stored session's last-known tree, at once, while the session and the overview load. */
  private async showLastKnown(): Promise<void> {
    const s = this.settings();
    const stored = await this.store.load(s.authEndpoint);
    const cached = stored && (await this.cache.load(s.apiEndpoint, stored.username));
    if (cached) this.loader.showCached(cached.accounts, cached.savedAt);
  }

  settingsChanged(changed: readonly string[]): void {
    if (changed.includes('apiEndpoint') || changed.includes('authEndpoint')) {
      this.ctx.log.info('Endpoint settings changed; reading the session for the new endpoint.');
      void this.session.endpointChanged();
    } else if (changed.includes('requestTimeoutSeconds')) {
      this.session.rebuildClients();
    }
    if (changed.includes('showDeletedServers')) void this.deleted.follow(currentSettings().showDeletedServers);
    this.status.update();
  }

  private sessionChanged(estate: Estate): void {
    void setContextKey('bigv.signedIn', this.session.signedIn);
    this.showUser();
    this.poller.clear();
    if (this.session.signedIn) void this.loader.refreshAll();
    else estate.clear();
  }

  /**
   * The signed-in user, where the view can show it: the description (shown when the container
   * has several views) and the title, because a container with a single view merges its header
   * into the container's title and drops the description.
   */
  private showUser(): void {
    const user = this.session.username;
    this.controls.describe();
    this.status?.update();
    this.view.title = user ? l10n.t('Servers ({0})', user) : l10n.t('Servers');
  }

  dispose(): void {
    for (const d of this.disposables.reverse()) d.dispose();
  }
}
