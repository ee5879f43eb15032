// The Servers view over several profiles: with one profile the tree is that profile's estate, as
// it always was; with more, each profile is a root with its estate below. Each profile's own
// provider does the work; this one routes a node to the profile it belongs to and keeps tree
// item ids unique across profiles (two profiles may show the same cluster to two users).
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { DEFAULT_PROFILE_ID, type Profile } from '../config/profiles';
import type { EstateNode } from '../estate/nodes';
import { profileContext } from '../model/rowActions';
import { rowText, textTooltip } from './treeItems/text';
import type { ServerTreeProvider } from './treeProvider';

export interface ProfileNode {
  readonly kind: 'profile';
  readonly id: string; // `profile:<profile id>`
  readonly profileId: string;
}

export type ViewNode = EstateNode | ProfileNode;

/** One profile, as the view needs it. */
export interface ProfileEntry {
  readonly profile: Profile;
  readonly root: ProfileNode;
  readonly tree: ServerTreeProvider;
  readonly username: string | undefined;
  /** Its API is not answering: the servers shown are the last known ones. */
  readonly outage?: boolean;
  /** Whether a node (not yet seen through this view) belongs to this profile's estate. */
  owns(node: EstateNode): boolean;
}

export const isProfileNode = (x: unknown): x is ProfileNode => typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'profile' && 'profileId' in x;

export class ProfilesTreeProvider<E extends ProfileEntry = ProfileEntry> implements vscode.TreeDataProvider<ViewNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ViewNode | ViewNode[] | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly owner = new WeakMap<object, E>();
  private subs: vscode.Disposable[] = [];

  constructor(private readonly entries: () => readonly E[]) {}

  /** The profiles changed (added, removed, renamed, signed in or out): listen again and redraw. */
  profilesChanged(): void {
    for (const s of this.subs) s.dispose();
    this.subs = this.entries().map((e) =>
      e.tree.onDidChangeTreeData((change) => this.emitter.fire(change === undefined && this.multi ? e.root : change)),
    );
    this.emitter.fire(undefined);
  }

  private get multi(): boolean {
    return this.entries().length > 1;
  }

  /** Tells each profile's provider which rows the user opens and closes (its count lines follow them). */
  followExpansion(view: vscode.TreeView<ViewNode>): vscode.Disposable[] {
    const tell = (open: boolean) => (e: vscode.TreeViewExpansionEvent<ViewNode>) => {
      if (!isProfileNode(e.element)) this.ownerOf(e.element)?.tree.expanded(e.element, open);
    };
    // Each profile hears its part of the selection (an empty part clears what it had).
    const select = view.onDidChangeSelection((e) => {
      for (const entry of this.entries()) entry.tree.selected(e.selection.filter((n): n is EstateNode => !isProfileNode(n) && this.ownerOf(n) === entry));
    });
    return [view.onDidExpandElement(tell(true)), view.onDidCollapseElement(tell(false)), select];
  }

  /** The profile a node belongs to (undefined for a node this view never showed nor owns). */
  ownerOf(node: unknown): E | undefined {
    if (typeof node !== 'object' || node === null) return undefined;
    const entries = this.entries();
    if (isProfileNode(node)) return entries.find((e) => e.profile.id === node.profileId);
    const seen = this.owner.get(node);
    if (seen && entries.includes(seen)) return seen;
    return entries.find((e) => e.owns(node as EstateNode));
  }

  async getChildren(node?: ViewNode): Promise<ViewNode[]> {
    const entries = this.entries();
    if (!node && entries.length > 1) return entries.map((e) => e.root);
    const entry = node ? this.ownerOf(node) : entries[0];
    if (!entry) return [];
    const children = await entry.tree.getChildren(node && !isProfileNode(node) ? node : undefined);
    for (const c of children) this.owner.set(c, entry);
    return children;
  }

  getParent(node: ViewNode): ViewNode | undefined {
    if (isProfileNode(node)) return undefined;
    const entry = this.ownerOf(node);
    return entry?.tree.getParent(node) ?? (this.multi ? entry?.root : undefined);
  }

  getTreeItem(node: ViewNode): vscode.TreeItem {
    if (isProfileNode(node)) return this.profileItem(node);
    const entry = this.ownerOf(node);
    const item = entry ? entry.tree.getTreeItem(node) : new vscode.TreeItem('');
    if (entry && this.multi && item.id) item.id = `${entry.profile.id}/${item.id}`;
    return item;
  }

  resolveTreeItem(item: vscode.TreeItem, node: ViewNode): vscode.TreeItem {
    if (isProfileNode(node)) return item;
    return this.ownerOf(node)?.tree.resolveTreeItem(item, node) ?? item;
  }

  private profileItem(node: ProfileNode): vscode.TreeItem {
    const entry = this.ownerOf(node);
    if (!entry) return new vscode.TreeItem('');
    const { profile, username } = entry;
    const item = new vscode.TreeItem(rowText(profile.name), username ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    // A new id once signed in: a row first drawn without children would otherwise stay collapsed.
    item.id = username ? `${node.id}:in` : node.id;
    // The failing profile itself is marked, not only the view: with several, the notice alone does not say which.
    const outage = username !== undefined && entry.outage === true;
    item.description = rowText(outage ? `${username} · ${l10n.t('not answering')}` : username ?? l10n.t('signed out'));
    item.iconPath = outage ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')) : new vscode.ThemeIcon(username ? 'cloud' : 'debug-disconnect');
    item.contextValue = profileContext(Boolean(username), profile.id !== DEFAULT_PROFILE_ID);
    // Names and endpoints come from settings a workspace may set: text, never links.
    item.tooltip = textTooltip([
      profile.name,
      username ? l10n.t('Signed in as {0}', username) : l10n.t('Signed out'),
      outage ? l10n.t('The API is not answering: the servers shown are the last known ones. Retrying in the background.') : undefined,
      l10n.t('API: {0}', profile.apiEndpoint),
      l10n.t('Auth: {0}', profile.authEndpoint),
    ]);
    if (!username) item.command = { command: 'bigv.signIn', title: l10n.t('Sign In'), arguments: [node] };
    return item;
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
    this.emitter.dispose();
  }
}
