// Everything one profile (a cluster and whoever signs in to it) needs, built once per profile:
// its parts and the CommandContext its commands get come from profileCore.ts, given VS Code's
// ports here; what needs VS Code itself (the tree provider, the last-known-tree cache, the stale
// notice) is added here. What the window has once (the view, its filter, the status bar, the
// properties documents) comes in through ProfileShell.
import * as vscode from 'vscode';
import type { CommandContext, ProfilesAccess } from '../commands/context';
import { DEFAULT_PROFILE_ID, type Profile } from '../config/profiles';
import type { Settings } from '../config';
import type { AccountModel } from '../estate/account';
import type { ActivityLog } from '../estate/activity';
import type { Estate } from '../estate/estate';
import type { HealthWatch } from '../estate/health';
import { isServerNode, type EstateNode } from '../estate/nodes';
import { propertiesPath, type PropertiesFeature } from '../features/properties';
import type { ManagedSshConfig } from '../features/sshConfig';
import { requestLogger } from '../log';
import type { SessionManager } from '../session/session';
import { setContextKey } from '../ui/contextKeys';
import { ServerTreeProvider } from '../ui/treeProvider';
import type { ProfileEntry, ProfileNode } from '../ui/profileTree';
import type { VscodeUi } from '../ui/vscodeUi';
import { cacheDir, EstateCache } from './estateCache';
import { consoleFeatures } from './features';
import { profileHealth } from './health';
import { ProfileCore } from './profileCore';
import { StaleNotice } from './staleNotice';
import { FirstPaint } from './firstPaint';
import type { Account } from '../api';
import type { TreeControls } from './treeControls';

/** What the window has once, shared by every profile. */
export interface ProfileShell {
  context: vscode.ExtensionContext;
  log: vscode.LogOutputChannel;
  ui: VscodeUi;
  controls: () => TreeControls;
  properties: PropertiesFeature;
  profiles: ProfilesAccess;
  /** The window's Activity log, and its view's redraw when a tree changes (whether Undo is offered). */
  activity: { readonly log: ActivityLog; estateChanged(): void };
  /** The SSH config kept for every profile's servers (it follows each estate). */
  sshConfig: ManagedSshConfig;
}

/** A ProfileEntry for the view, and Routable for the commands, as it is. */
export class ProfileApp implements ProfileEntry, vscode.Disposable {
  private readonly core: ProfileCore;
  readonly ctx: CommandContext;
  /** Its row in the view when there are several profiles. */
  readonly root: ProfileNode;
  /** What tells its properties documents apart: empty for the default profile, so their addresses are what they always were. */
  readonly key: string;
  readonly session: SessionManager;
  readonly estate: Estate;

  get outage(): boolean {
    return this.core.loader.stale?.error !== undefined;
  }
  readonly tree: ServerTreeProvider;
  readonly account: AccountModel;
  private readonly cache: EstateCache;
  private readonly health: HealthWatch;
  private readonly disposables: Array<{ dispose(): unknown }> = [];
  private starting: Promise<void> | undefined;
  /** The view's first rows: the last-known tree at once, never the network behind it. */
  private readonly firstPaint: FirstPaint<{ accounts: Account[]; savedAt: number }>;

  /** The shared settings with this profile's endpoints, read afresh each time. */
  private readonly settings: () => Settings;

  constructor(
    public profile: Profile,
    settingsOf: (profile: Profile) => Settings,
    shell: ProfileShell,
  ) {
    const settings = (): Settings => settingsOf(this.profile);
    this.settings = settings;
    const { context, log, ui, controls } = shell;
    const key = profile.id === DEFAULT_PROFILE_ID ? '' : profile.id;
    this.key = key;
    this.root = { kind: 'profile', id: `profile:${profile.id}`, profileId: profile.id };
    this.cache = new EstateCache(cacheDir(context.globalStorageUri), profile.id);
    const core = new ProfileCore({
      profileId: profile.id,
      profileName: () => this.profile.name,
      ui, log, settings,
      secrets: context.secrets,
      memento: context.globalState,
      onRequest: requestLogger(log),
      inView: (task) => Promise.resolve(vscode.window.withProgress({ location: { viewId: 'bigv.servers' } }, task)),
      onStale: (stale) => notice.show(stale),
      onLoaded: () => this.session.username && this.cache.saveSoon(settings().apiEndpoint, this.session.username, this.estate),
      view: {
        get filter() {
          return controls().filter;
        },
        setFilter: (f) => controls().setFilter(f),
        reveal: (node) => controls().reveal(node),
        show: async () => void (await vscode.commands.executeCommand('bigv.servers.focus')),
      },
      showDeleted: {
        context: (show) => setContextKey('bigv.showDeleted', show),
        persist: async (show) => {
          const cfg = vscode.workspace.getConfiguration('bigv');
          if (cfg.get<boolean>('showDeletedServers') !== show) await cfg.update('showDeletedServers', show, vscode.ConfigurationTarget.Global);
        },
      },
      features: ({ session, reader }) => ({
        ...consoleFeatures(context.extensionPath, session, reader, log, shell.properties, key, () => this.core.nameAmongSeveral()),
        sshConfig: shell.sshConfig.forProfile(profile.id),
      }),
      profiles: shell.profiles,
      activity: shell.activity.log,
    });
    this.core = core;
    const { session, estate, loader } = core;
    this.session = session;
    this.estate = estate;
    this.account = core.account;
    this.ctx = core.ctx;
    const notice = new StaleNotice({ redraw: () => this.tree.refreshAll(), setNotice: (n) => controls().setNotice(n, profile.id), errors: core.errors, retry: () => loader.refreshAll(), profileName: () => core.nameAmongSeveral() });
    this.firstPaint = new FirstPaint({ loaded: () => estate.status === 'loaded', loading: () => loader.pending ?? this.starting });
    const health = profileHealth({ extensionPath: context.extensionPath, profileId: profile.id, log, changed: (servers) => this.tree.healthChanged(servers), alive: (s) => estate.server(s.vm.id) === s });
    this.health = health.watch;
    this.tree = new ServerTreeProvider(estate, () => this.firstPaint.wait(), () => loader.stale !== undefined, () => controls().filter, core.details, health.watch);
    this.disposables.push(
      core,
      health,
      notice,
      this.tree,
      this.cache, this.cache.follow(session),
      estate.onDidChange(() => shell.sshConfig.changed()),
      estate.onDidChange(() => shell.activity.estateChanged()),
      { dispose: () => shell.sshConfig.changed() },
      estate.onDidChange((nodes) =>
        shell.properties.serversChanged(nodes && new Set(nodes.filter(isServerNode).map((n) => propertiesPath(n.parent.parent.account.name, n.parent.group.name, n.vm.name))), key),
      ),
    );
  }

  /** Restores the stored session (showing the last-known tree at once while it loads). */
  start(): Promise<void> {
    this.starting ??= (async () => {
      try {
        await this.firstPaint.showCached(() => this.cache.forStoredSession(this.core.store, this.settings()), (c) => this.core.loader.showCached(c.accounts, c.savedAt));
        await this.session.restore();
        await this.core.loader.pending;
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
    this.core.setVisible(visible);
    this.health.setVisible(visible);
  }

  /** Shared settings changed (the endpoints only matter to the profile that has them). */
  settingsChanged(changed: readonly string[], showDeleted: boolean): void {
    this.core.settingsChanged(changed, showDeleted);
  }

  dispose(): void {
    for (const d of this.disposables.reverse()) d.dispose();
  }
}

