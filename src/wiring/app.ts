// The composition root: the window's parts (the Servers view over every profile, its filter, the status
// bar, properties, Your Account) and one ProfileApp per profile, in step with `bigv.profiles`; commands are routed.
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { CommandContext } from '../commands/context';
import { commandById } from '../commands/registry';
import { selectionRefusal } from '../commands/selection';
import { currentSettings, SECTION } from '../config';
import { DEFAULT_PROFILE_ID, namedProfileIds, readProfiles, settingsFor, type Profile } from '../config/profiles';
import { registerProperties, type PropertiesFeature } from '../features/properties';
import { managedSshConfig } from '../features/sshConfig';
import { createLog } from '../log';
import { registerAccountView } from '../ui/accountView';
import { contextKey, setContextKey } from '../ui/contextKeys';
import { mayCreateServer } from '../estate/writeAccess';
import { isProfileNode, ProfilesTreeProvider, type ViewNode } from '../ui/profileTree';
import { changingCount, StatusBarEntry } from '../ui/statusBar';
import { VscodeUi } from '../ui/vscodeUi';
import { ProfileApp } from './profileApp';
import { profilesAccess } from './profilesAccess';
import { route, type RouteMode } from './routing';
import { TreeControls } from './treeControls';
import { ActivityWiring } from './activityWiring';
import { catchAll } from './catchAll';
import { cacheDir } from './estateCache';
import { forgetDroppedProfiles } from './forgottenProfiles';
import { Emitter } from '../session/emitter';

export class App implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly log = createLog();
  private readonly ui = new VscodeUi(this.log);
  private readonly properties: PropertiesFeature;
  private readonly view: vscode.TreeView<ViewNode>;
  private readonly tree: ProfilesTreeProvider<ProfileApp>;
  private readonly controls: TreeControls;
  private readonly status: StatusBarEntry;
  private readonly accountChanged = new Emitter();
  apps: ProfileApp[] = []; // one per profile, the default first (the language-model tools read it: wiring/tools.ts)
  private readonly activity: ActivityWiring<ProfileApp>;
  private readonly sshConfig = managedSshConfig(() => this.apps.map((a) => ({ id: a.profile.id, estate: a.estate })), this.log);
  private readonly subs = new Map<ProfileApp, Array<{ dispose(): unknown }>>();
  private starting: Promise<void> | undefined;
  /** The profiles as every profile's handlers see them (one for the window). */
  private readonly profiles = profilesAccess({ apps: () => this.apps, update: (p) => this.writeProfiles(p) });

  constructor(private readonly context: vscode.ExtensionContext) {
    this.properties = registerProperties(context, {
      brain: (key) => this.apps.find((a) => a.key === key)?.session.brain,
      reportError: (what, err) => this.first.ctx.reportError(what, err),
    });
    this.tree = new ProfilesTreeProvider<ProfileApp>(() => this.apps);
    this.view = vscode.window.createTreeView('bigv.servers', { treeDataProvider: this.tree, showCollapseAll: true, canSelectMany: true });
    this.controls = new TreeControls(this.view, { refreshAll: () => this.apps.forEach((a) => a.tree.refreshAll()) });
    this.status = new StatusBarEntry(
      () => {
        const signedIn = this.apps.filter((a) => a.session.username);
        const users = signedIn.map((a) => ({ user: a.session.username!, ...(this.apps.length > 1 ? { profile: a.profile.name } : {}) }));
        return { users, changing: signedIn.reduce((n, a) => n + changingCount(a.estate), 0) };
      },
      () => vscode.workspace.getConfiguration(SECTION).get<boolean>('statusBar.show') !== false,
    );
    const shown = () => this.apps.find((a) => a.session.signedIn) ?? this.first;
    const account = {
      get: () => shown().account.get(),
      onDidChange: (l: () => void) => this.accountChanged.event(l),
      // With several profiles, whose account it is: the first signed-in profile's.
      whose: () => (this.apps.length > 1 && shown().session.username ? l10n.t('{0} on {1}', shown().session.username!, shown().profile.name) : undefined),
    };
    this.activity = new ActivityWiring(context.globalState, () => this.apps);
    this.disposables.push(
      this.log, this.activity, this.sshConfig, this.tree, this.view, ...this.tree.followExpansion(this.view), this.status, registerAccountView(account),
      { dispose: () => this.accountChanged.dispose() },
      this.view.onDidChangeVisibility((e) => this.apps.forEach((a) => a.setVisible(e.visible))),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(`${SECTION}.profiles`) && this.syncProfiles()),
    );
    this.syncProfiles();
  }

  private get first(): ProfileApp { return this.apps[0]!; }

  /** The first profile's context (tests and window-wide commands use it). */
  get ctx(): CommandContext {
    return this.first.ctx;
  }

  /** Builds, renames or drops ProfileApps to match the settings; a new one starts at once. */
  private syncProfiles(): void {
    const cfg = vscode.workspace.getConfiguration(SECTION);
    const profiles = readProfiles(cfg, (w) => this.log.warn(w));
    const next: ProfileApp[] = [];
    for (const p of profiles) {
      const app = this.apps.find((a) => a.profile.id === p.id);
      if (!app) {
        next.push(this.build(p));
        continue;
      }
      const moved = app.profile.apiEndpoint !== p.apiEndpoint || app.profile.authEndpoint !== p.authEndpoint;
      app.profile = p;
      if (moved && p.id !== DEFAULT_PROFILE_ID) app.settingsChanged(['apiEndpoint'], currentSettings().showDeletedServers);
      next.push(app);
    }
    for (const gone of this.apps.filter((a) => !next.includes(a))) this.drop(gone);
    const added = next.filter((a) => !this.apps.includes(a));
    this.apps = next;
    this.profilesChanged();
    for (const a of added) void a.start();
    const { secrets, globalState: state, globalStorageUri } = this.context;
    void forgetDroppedProfiles({ secrets, state, cacheDir: cacheDir(globalStorageUri) }, namedProfileIds(cfg)).then(
      (ids) => ids.length && this.log.info(`Deleted the stored sessions of profiles gone from bigv.profiles: ${ids.join(', ')}.`),
      (err: unknown) => this.log.warn(`Could not delete the stored sessions of removed profiles: ${err instanceof Error ? err.message : String(err)}`),
    );
  }

  private build(profile: Profile): ProfileApp {
    const { context, log, ui, properties, profiles, sshConfig } = this;
    const app = new ProfileApp(profile, (p) => settingsFor(p, vscode.workspace.getConfiguration(SECTION), (w) => this.log.warn(w)), { context, log, ui, properties, profiles, sshConfig, activity: this.activity, controls: () => this.controls });
    app.setVisible(this.view?.visible ?? false);
    this.subs.set(app, [
      app.session.onDidChange(() => this.profilesChanged()),
      app.estate.onDidChange(() => this.estateChanged()),
      app.account.onDidChange(() => this.accountChanged.fire()),
    ]);
    return app;
  }

  private drop(app: ProfileApp): void {
    for (const s of this.subs.get(app) ?? []) s.dispose();
    this.subs.delete(app);
    this.controls.setNotice(undefined, app.profile.id);
    app.dispose();
  }

  private async writeProfiles(stored: unknown[]): Promise<void> {
    await vscode.workspace.getConfiguration(SECTION).update('profiles', stored, vscode.ConfigurationTarget.Global);
    this.syncProfiles();
  }

  /** Profiles added, removed or renamed, or one signed in or out. */
  private profilesChanged(): void {
    this.tree.profilesChanged();
    void setContextKey('bigv.signedIn', this.apps.some((a) => a.session.signedIn));
    void setContextKey('bigv.multipleProfiles', this.apps.length > 1);
    this.showUser();
    this.accountChanged.fire();
  }

  /** Runs a command in the profile (or profiles) it is for. */
  run(id: string, args: unknown[]): Promise<unknown> {
    return catchAll(id, async () => {
      const command = commandById(id);
      if (!command) throw new Error(`${id} is declared in package.json but has no definition: rebuild the extension`);
      const refused = selectionRefusal(command, args);
      if (refused !== undefined) return void this.ui.notify('info', refused);
      const routed = await route(command.route ?? 'profile', args, {
        entries: this.apps,
        ownerOf: (node) => this.activity.ownerOf(node) ?? ((owner) => owner && { entry: owner, isRoot: isProfileNode(node) })(this.tree.ownerOf(node)),
        pick: (candidates, mode) => this.pickProfile(candidates, mode),
        selectedOwner: () => (this.view.selection.length ? this.tree.ownerOf(this.view.selection[0]) : undefined),
      });
      let result: unknown;
      for (const r of routed) result = await command.run(r.entry.ctx, ...r.args);
      return result;
    }, {
      logError: (m) => this.log.error(m),
      report: (cmd, err) => this.first.ctx.reportError(l10n.t('run {0}', cmd), err),
    });
  }

  private async pickProfile(candidates: readonly ProfileApp[], mode: RouteMode): Promise<ProfileApp | undefined> {
    const title = mode === 'signIn' ? l10n.t('Sign in to which profile?') : mode === 'signOut' ? l10n.t('Sign out of which profile?') : l10n.t('Which profile?');
    const picked = await this.ui.pick(
      candidates.map((app) => ({ label: app.profile.name, description: app.session.username ?? l10n.t('signed out'), detail: app.profile.apiEndpoint, app })),
      { title, placeHolder: l10n.t('Select a profile'), matchOnDetail: true },
    );
    return picked?.app;
  }

  /** Activation: every profile restores its stored session (in the background; the view shows progress). */
  start(): Promise<void> {
    this.starting ??= Promise.all(this.apps.map((a) => a.start())).then(async () => {
      await setContextKey('bigv.ready', true);
    });
    return this.starting;
  }

  settingsChanged(changed: readonly string[]): void {
    const showDeleted = currentSettings().showDeletedServers;
    for (const a of this.apps) {
      // The endpoint settings are the default profile's; the others carry their own.
      const own = a.profile.id === DEFAULT_PROFILE_ID ? changed : changed.filter((k) => k !== 'apiEndpoint' && k !== 'authEndpoint');
      a.settingsChanged(own, showDeleted);
    }
    if (changed.includes('apiEndpoint') || changed.includes('authEndpoint')) this.syncProfiles();
    this.status.update();
  }

  private estateChanged(): void {
    this.status.update();
    const may = this.apps.some((a) => a.session.signedIn && mayCreateServer(a.estate.access, a.estate.accountNodes));
    if (contextKey('bigv.mayCreateServer') !== may) void setContextKey('bigv.mayCreateServer', may); // the view's +
  }

  /** The user in the view's title (the description is left to the filter); several profiles' rows say it. */
  private showUser(): void {
    const user = this.apps.length === 1 ? this.first.session.username : undefined;
    this.controls.describe();
    this.status.update();
    this.view.title = user ? l10n.t('Servers ({0})', user) : l10n.t('Servers');
  }

  dispose(): void {
    for (const a of this.apps) this.drop(a);
    for (const d of this.disposables.reverse()) d.dispose();
  }
}
