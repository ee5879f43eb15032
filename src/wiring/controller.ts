// The extension's implementation of CommandServices, and the hub that keeps session, estate,
// tree and poller in step: a session change reloads the tree, a 401 anywhere runs the expiry
// flow once, an action marks its server pending and hands it to the poller until it settles.
import * as vscode from 'vscode';
import {
  CancelledError,
  NotFoundError,
  UnauthorizedError,
  type BrainClient,
  type Definitions,
  type VirtualMachine,
} from '../api';
import type { SessionManager } from '../session/session';
import type { ActionOptions, CommandServices, ResolveOptions, ServerTarget } from '../commands/context';
import type { Settings } from '../config/settings';
import type { Estate } from '../estate/estate';
import { isServerNode, type EstateNode } from '../estate/nodes';
import { PollingSet } from '../estate/poller';
import { loadEstate, reloadServer } from '../estate/load';
import { isTransitional } from '../model/serverState';
import { errorReason, failureMessage } from '../ui/errorText';
import { pickServer } from '../ui/serverPicker';
import { candidateRows, targetFromNode } from '../estate/targets';

export interface ServicesDeps {
  log: vscode.LogOutputChannel;
  session: SessionManager;
  estate: Estate;
  settings: () => Settings;
}

export class ExtensionServices implements CommandServices, vscode.Disposable {
  readonly log: vscode.LogOutputChannel;
  readonly poller: PollingSet<VirtualMachine>;
  private readonly session: SessionManager;
  private readonly estate: Estate;
  private readonly settings: () => Settings;
  private loading: Promise<void> | undefined;
  private loadingKey = '';
  private starting: Promise<void> | undefined;
  private defs: Definitions | undefined;
  private showDeletedValue: boolean;
  private view: vscode.TreeView<EstateNode> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(deps: ServicesDeps) {
    this.log = deps.log;
    this.session = deps.session;
    this.estate = deps.estate;
    this.settings = deps.settings;
    this.showDeletedValue = deps.settings().showDeletedServers;
    this.poller = new PollingSet<VirtualMachine>({
      fetch: (id) => this.pollOne(id),
      defaultSettled: (vm) => !isTransitional(vm),
      onLeave: (id, reason) => this.onPollLeave(id, reason),
      onError: (id, err) => this.log.warn(`Polling server ${this.estate.server(id)?.vm.name ?? id} failed: ${errorReason(err)}`),
      intervalMs: () => this.settings().pollIntervalSeconds * 1000,
    });
    this.subscriptions.push(this.session.onDidChange(() => this.sessionChanged()));
  }

  /** Connects the tree view: its visibility gates polling, its description shows the user. */
  attachView(view: vscode.TreeView<EstateNode>): void {
    this.view = view;
    this.poller.setVisible(view.visible);
    this.subscriptions.push(view.onDidChangeVisibility((e) => this.poller.setVisible(e.visible)));
    this.updateViewDescription();
  }

  /** Activation: restore the stored session (in the background; the view shows progress). */
  start(): Promise<void> {
    this.starting ??= (async () => {
      try {
        await this.session.restore();
        await this.loading;
      } catch (err) {
        this.log.error(failureMessage('restore the session', err));
      } finally {
        await vscode.commands.executeCommand('setContext', 'bigv.ready', true);
      }
    })();
    return this.starting;
  }

  /** What the tree's root waits for, so it shows a progress bar rather than a blank. */
  pendingLoad(): Promise<void> | undefined {
    return this.loading ?? this.starting;
  }

  get username(): string | undefined {
    return this.session.username;
  }

  get showDeleted(): boolean {
    return this.showDeletedValue;
  }

  async brain(): Promise<BrainClient | undefined> {
    if (this.session.brain) return this.session.brain;
    if (this.session.signedIn && this.session.endpointError) {
      this.reportError('reach Bytemark Cloud', this.session.endpointError);
      return undefined;
    }
    return (await this.session.signIn()) ? this.session.brain : undefined;
  }

  async definitions(signal?: AbortSignal): Promise<Definitions> {
    if (this.defs) return this.defs;
    const brain = this.session.anonymousBrain;
    if (!brain) throw this.session.endpointError ?? new Error('The API endpoint setting is not usable.');
    this.defs = await brain.getDefinitions(signal ? { signal } : undefined);
    return this.defs;
  }

  async resolveServer(arg: unknown, opts: ResolveOptions = {}): Promise<ServerTarget | undefined> {
    if (isServerNode(arg)) {
      // The node object is the live one, but prefer the estate's in case it was replaced.
      return targetFromNode(this.estate.server(arg.vm.id) ?? arg);
    }
    if (isTarget(arg)) return arg;
    if (!this.session.signedIn && !(await this.session.signIn())) return undefined;
    if (this.estate.status !== 'loaded' || this.loading) await this.refreshAll();
    if (this.estate.status !== 'loaded') {
      const detail = this.estate.error?.detail ?? vscode.l10n.t('You are not signed in.');
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not list your servers: {0}', detail));
      return undefined;
    }
    const rows = candidateRows(this.estate.servers(), opts.filter);
    if (rows.length === 0) {
      const hint = this.showDeletedValue ? '' : ' ' + vscode.l10n.t('Deleted servers are hidden (BigV: Show Deleted Servers).');
      void vscode.window.showInformationMessage(vscode.l10n.t('No server can be used for this right now.') + hint);
      return undefined;
    }
    return pickServer(rows, opts.placeHolder);
  }

  async runAction(
    target: ServerTarget,
    title: string,
    fn: (brain: BrainClient, signal: AbortSignal) => Promise<unknown>,
    opts: ActionOptions = {},
  ): Promise<boolean> {
    const vmId = target.vm.id;
    for (let attempt = 0; attempt < 2; attempt++) {
      const brain = await this.brain();
      if (!brain) return false;
      const epoch = this.session.epoch.current;
      this.poller.delete(vmId);
      if (opts.pending) this.estate.setPending(vmId, opts.pending);
      this.log.info(`${title}…`);
      try {
        await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: `${title}…`, cancellable: true },
          async (_p, token) => {
            const ac = new AbortController();
            const sub = token.onCancellationRequested(() => ac.abort());
            try {
              await fn(brain, ac.signal);
            } finally {
              sub.dispose();
            }
          },
        );
        this.log.info(`${title}: done.`);
        await this.afterAction(target, opts);
        return true;
      } catch (err) {
        this.estate.setPending(vmId, undefined);
        if (err instanceof UnauthorizedError) {
          const outcome = await this.session.handleUnauthorized(epoch);
          if (outcome === 'renewed' && attempt === 0) continue;
          return false;
        }
        if (err instanceof CancelledError) {
          // The request may have reached the brain before the cancel; show what really happened.
          this.log.info(`${title}: cancelled.`);
          void this.refreshServer(target);
          return false;
        }
        const message = vscode.l10n.t('{0} failed: {1}', title, errorReason(err));
        this.log.error(message);
        void this.showError(message);
        void this.refreshServer(target);
        return false;
      }
    }
    return false;
  }

  private async afterAction(target: ServerTarget, opts: ActionOptions): Promise<void> {
    const vmId = target.vm.id;
    if (opts.removed) {
      this.estate.removeServer(vmId);
      return;
    }
    const vm = await this.refreshServer(target);
    if (!vm) {
      this.estate.setPending(vmId, undefined);
      return;
    }
    const settled = opts.settledWhen ? opts.settledWhen(vm) : !isTransitional(vm);
    if (settled) this.estate.setPending(vmId, undefined);
    else this.poller.add(vmId, opts.settledWhen);
  }

  async refreshServer(target: ServerTarget): Promise<VirtualMachine | undefined> {
    const brain = this.session.brain;
    if (!brain) return undefined;
    const epoch = this.session.epoch.current;
    try {
      if (!this.estate.server(target.vm.id)) {
        // Not in the tree (e.g. deleted while hidden): read it anyway, the caller wants its state.
        const vm = await brain.getServer(target.ref);
        this.estate.patchServer(vm);
        return vm;
      }
      const result = await reloadServer(brain, this.estate, target.vm.id);
      if (result === 'gone') {
        this.log.info(`${target.fullName} no longer exists (or is no longer visible); removed from the tree.`);
        return undefined;
      }
      return result;
    } catch (err) {
      if (err instanceof NotFoundError) return undefined;
      if (err instanceof UnauthorizedError) {
        await this.session.handleUnauthorized(epoch);
        return undefined;
      }
      this.reportError(`refresh ${target.fullName}`, err);
      return undefined;
    }
  }

  /** One overview GET for the whole tree; overlapping calls share it. */
  refreshAll(): Promise<void> {
    // Share a load in flight only if it is for the same session and the same deleted-servers
    // choice; otherwise its answer would be thrown away and this caller would see nothing.
    const key = `${this.session.epoch.current}:${this.showDeletedValue}`;
    if (this.loading && this.loadingKey === key) return this.loading;
    const load: Promise<void> = this.loadAll().finally(() => {
      if (this.loading === load) this.loading = undefined;
    });
    this.loading = load;
    this.loadingKey = key;
    return load;
  }

  private async loadAll(): Promise<void> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const brain = this.session.brain;
      if (!brain) {
        if (this.session.signedIn && this.session.endpointError) {
          this.estate.setError(vscode.l10n.t('Could not load servers'), errorReason(this.session.endpointError) + ' ' + vscode.l10n.t('Fix it in Settings (bigv.apiEndpoint / bigv.authEndpoint).'));
        } else {
          this.estate.clear();
        }
        return;
      }
      const epoch = this.session.epoch.current;
      const includeDeleted = this.showDeletedValue;
      try {
        const stillWanted = () => epoch === this.session.epoch.current && includeDeleted === this.showDeletedValue;
        const loaded = await vscode.window.withProgress({ location: { viewId: 'bigv.servers' } }, () =>
          loadEstate(brain, this.estate, includeDeleted, undefined, stillWanted),
        );
        if (loaded === 'stale') return;
        // The brain may already be mid-reboot for some; watch those until they settle.
        for (const node of this.estate.servers()) if (isTransitional(node.vm)) this.poller.add(node.vm.id);
        return;
      } catch (err) {
        if (err instanceof UnauthorizedError) {
          const outcome = await this.session.handleUnauthorized(epoch);
          if (outcome === 'renewed' && attempt === 0) continue;
          return;
        }
        if (epoch !== this.session.epoch.current) return;
        this.log.error(failureMessage('load servers', err));
        this.estate.setError(vscode.l10n.t('Could not load servers'), errorReason(err));
        return;
      }
    }
  }

  async setShowDeleted(show: boolean): Promise<void> {
    if (show !== this.showDeletedValue) {
      this.showDeletedValue = show;
      await vscode.commands.executeCommand('setContext', 'bigv.showDeleted', show);
      await this.refreshAll();
    }
    // Persist the choice; the settings listener sees the value already applied and does nothing.
    const cfg = vscode.workspace.getConfiguration('bigv');
    if (cfg.get<boolean>('showDeletedServers') !== show) {
      await cfg.update('showDeletedServers', show, vscode.ConfigurationTarget.Global);
    }
  }

  /** The setting changed (Settings UI, another window): follow it. */
  async showDeletedSettingChanged(): Promise<void> {
    const show = this.settings().showDeletedServers;
    if (show === this.showDeletedValue) return;
    this.showDeletedValue = show;
    await vscode.commands.executeCommand('setContext', 'bigv.showDeleted', show);
    await this.refreshAll();
  }

  async signIn(): Promise<void> {
    await this.session.signIn();
  }

  async signOut(): Promise<void> {
    await this.session.signOut();
  }

  reportError(what: string, err: unknown): void {
    if (err instanceof CancelledError) {
      this.log.info(`${what}: cancelled.`);
      return;
    }
    if (err instanceof UnauthorizedError) {
      void this.session.handleUnauthorized(this.session.epoch.current);
      return;
    }
    const message = failureMessage(what, err);
    this.log.error(message);
    void this.showError(message);
  }

  private async showError(message: string): Promise<void> {
    const showLog = vscode.l10n.t('Show Log');
    if ((await vscode.window.showErrorMessage(message, showLog)) === showLog) this.log.show(true);
  }

  private async pollOne(id: number): Promise<{ value: VirtualMachine } | 'gone'> {
    const brain = this.session.brain;
    if (!brain) throw new Error('signed out');
    const epoch = this.session.epoch.current;
    try {
      const result = await reloadServer(brain, this.estate, id);
      return result === 'gone' ? 'gone' : { value: result };
    } catch (err) {
      if (err instanceof UnauthorizedError) void this.session.handleUnauthorized(epoch);
      throw err;
    }
  }

  private onPollLeave(id: number, reason: 'settled' | 'gone' | 'timeout' | 'removed'): void {
    const node = this.estate.server(id);
    if (reason === 'gone') {
      this.estate.removeServer(id);
      return;
    }
    if (reason === 'timeout' && node) {
      this.log.warn(`${node.vm.name} did not settle within 10 minutes; stopped watching it. Refresh to see its current state.`);
    }
    this.estate.setPending(id, undefined);
  }

  private sessionChanged(): void {
    void vscode.commands.executeCommand('setContext', 'bigv.signedIn', this.session.signedIn);
    this.updateViewDescription();
    this.poller.clear();
    if (this.session.signedIn) void this.refreshAll();
    else this.estate.clear();
  }

  /**
   * The signed-in user, where the view can show it: the description (shown when the container
   * has several views) and the title, because a container with a single view merges its header
   * into the container's title and drops the description.
   */
  private updateViewDescription(): void {
    if (!this.view) return;
    const user = this.session.username;
    this.view.description = user ?? '';
    this.view.title = user ? vscode.l10n.t('Servers ({0})', user) : vscode.l10n.t('Servers');
  }

  dispose(): void {
    this.poller.dispose();
    for (const d of this.subscriptions) d.dispose();
  }
}

function isTarget(x: unknown): x is ServerTarget {
  if (typeof x !== 'object' || x === null) return false;
  const t = x as Partial<ServerTarget>;
  return typeof t.fullName === 'string' && typeof t.ref === 'object' && typeof t.vm === 'object';
}
