// Which server a command acts on: the tree node it was invoked on, or, from the Command Palette,
// a quick pick of the servers the state model allows the action for. Either way the state model
// has the last word (a menu can be stale), and a refusal says why in words.
import * as l10n from '@vscode/l10n';
import { targetFromNode } from '../estate/targets';
import type { Estate } from '../estate/estate';
import { isServerNode, type ServerNode } from '../estate/nodes';
import { primaryIp } from '../model/format';
import { can, powerFacts, READ_ONLY_SERVER_ACTIONS, refusal, stateLabel, stateOf, type ServerAction } from '../model/serverState';
import type { ServerTarget } from '../model/target';
import type { PickItem, PickOptions, UiPort } from './port';

export interface ResolveOptions {
  action: ServerAction;
  placeHolder: string;
}

export interface ResolvedMany {
  targets: ServerTarget[];
  /** Selected, but the action does not apply to them (with why). */
  skipped: { target: ServerTarget; why: string }[];
}

export interface ServerPickItem extends PickItem {
  target: ServerTarget;
}

export interface ResolverDeps {
  ui: UiPort;
  estate: Estate;
  /** Signs in if needed and makes sure the estate is loaded; false when it could not be. */
  ensureLoaded(): Promise<boolean>;
  readonly showDeleted: boolean;
}

/** Name as the label, `group.account` beside it (searchable), state and address underneath. */
export function pickItem(node: ServerNode): ServerPickItem {
  const ip = primaryIp(node.vm);
  return {
    label: node.vm.name,
    description: `${node.parent.group.name}.${node.parent.parent.account.name}`,
    detail: [stateLabel(stateOf(node.vm, node.pending)), ip].filter(Boolean).join(' · '),
    target: targetFromNode(node),
  };
}

/** The palette's choices for an action: exactly the servers the state model and the user's privileges allow it for. */
export function candidates(nodes: readonly ServerNode[], action: ServerAction, mayWrite: (n: ServerNode) => boolean = () => true): ServerPickItem[] {
  const writes = !READ_ONLY_SERVER_ACTIONS.has(action);
  return nodes.filter((n) => can(action, powerFacts(n), n.pending) && (!writes || mayWrite(n))).map(pickItem);
}

export class ServerResolver {
  constructor(private readonly deps: ResolverDeps) {}

  /** `ui`: the handler's (a language-model tool's answers its own prompts and hears the refusal). */
  async resolve(arg: unknown, opts: ResolveOptions, ui: UiPort = this.deps.ui): Promise<ServerTarget | undefined> {
    const target = isServerNode(arg) ? targetFromNode(this.deps.estate.server(arg.vm.id) ?? arg) : isTarget(arg) ? arg : await this.pick(opts, ui);
    return target && this.allowed(target, opts.action, ui) ? target : undefined;
  }

  /**
   * Several servers: the selection in the tree (when the command was run on one of the selected
   * rows), or a multi-select quick pick from the palette. Those the action does not apply to are
   * returned as `skipped` with the reason, for the confirmation to name.
   */
  async resolveMany(arg: unknown, selection: unknown, opts: ResolveOptions, ui: UiPort = this.deps.ui): Promise<ResolvedMany | undefined> {
    const selected = Array.isArray(selection) ? selection.filter(isServerNode) : [];
    if (isServerNode(arg) && selected.length > 1 && selected.some((n) => n.id === arg.id)) {
      const all = selected.map((n) => targetFromNode(this.deps.estate.server(n.vm.id) ?? n));
      const why = new Map(all.map((t) => [t, this.refusalText(t, opts.action)]));
      const targets = all.filter((t) => why.get(t) === undefined);
      const skipped = all.filter((t) => !targets.includes(t)).map((t) => ({ target: t, why: why.get(t)! }));
      if (targets.length === 0) {
        void ui.notify('info', l10n.t('None of the {0} selected servers allows this: {1}', all.length, skipped[0]!.why));
        return undefined;
      }
      return { targets, skipped };
    }
    if (arg !== undefined) {
      const one = await this.resolve(arg, opts, ui);
      return one ? { targets: [one], skipped: [] } : undefined;
    }
    const items = await this.choices(opts.action, ui);
    if (!items) return undefined;
    const picked = await ui.pickMany(items, pickOptions(l10n.t('Bytemark Cloud servers (tick several, or press Enter for the highlighted one)'), opts));
    return picked && picked.length > 0 ? { targets: picked.map((p) => p.target), skipped: [] } : undefined;
  }

  /** The guard: the state model says no → tell the user why, and do nothing. */
  allowed(target: ServerTarget, action: ServerAction, ui: UiPort = this.deps.ui): boolean {
    const text = this.refusalText(target, action);
    if (text === undefined) return true;
    void ui.notify('info', text);
    return false;
  }

  private refusalText(target: ServerTarget, action: ServerAction): string | undefined {
    const why = refusal(action, powerFacts(target), target.pending);
    const name = target.fullName;
    if (why === undefined) {
      // Before any step is asked: a change the brain would refuse with 403 is refused here, naming what is missing.
      const node = this.deps.estate.server(target.vm.id);
      if (READ_ONLY_SERVER_ACTIONS.has(action) || !node || this.deps.estate.access.mayWrite(node)) return undefined;
      return l10n.t('Your privileges do not allow changes to {0}: it needs the server administrator privilege on it (or group or account administrator). Ask an administrator of the account.', name);
    }
    return {
      deleted: () => l10n.t('{0} is deleted. Restore it first.', name),
      'not-deleted': () => l10n.t('{0} is not deleted. Delete it first.', name),
      'powered-off': () => l10n.t('{0} is powered off. Start it first.', name),
      'powered-on': () => l10n.t('{0} is already running.', name),
      changing: () => l10n.t('{0} is busy ({1}). Try again when it has settled.', name, stateLabel(stateOf(target.vm, target.pending))),
    }[why]();
  }

  private async pick(opts: ResolveOptions, ui: UiPort): Promise<ServerTarget | undefined> {
    const items = await this.choices(opts.action, ui);
    if (!items) return undefined;
    const picked = await ui.pick(items, pickOptions(l10n.t('Bytemark Cloud servers'), opts));
    return picked?.target;
  }

  /** What a palette pick offers for `action`; undefined, once the user has been told why, when nothing. */
  private async choices(action: ServerAction, ui: UiPort): Promise<ServerPickItem[] | undefined> {
    if (!(await this.deps.ensureLoaded())) return undefined;
    const { estate } = this.deps;
    const items = candidates(estate.servers(), action, (n) => estate.access.mayWrite(n));
    if (items.length > 0) return items;
    if (candidates(estate.servers(), action).length > 0) {
      void ui.notify('info', l10n.t('Your privileges allow no changes to the servers this applies to: it needs the server administrator privilege on a server (or group or account administrator). Ask an administrator of the account.'));
      return undefined;
    }
    void ui.notify('info', this.nothingToPick(action));
    return undefined;
  }

  private nothingToPick(action: ServerAction): string {
    const needsDeleted = action === 'restore' || action === 'purge';
    if (needsDeleted) {
      return this.deps.showDeleted
        ? l10n.t('No deleted servers.')
        : l10n.t('No deleted servers are shown. Show deleted servers (BigV: Show Deleted Servers) to choose one.');
    }
    return l10n.t('None of your servers is in a state that allows this right now.');
  }
}

/** Found by its `group.account` as well as its name, and by the whole of `web1.default.demo` typed. */
function pickOptions(title: string, opts: ResolveOptions): PickOptions {
  return { title, placeHolder: opts.placeHolder, matchOnDescription: true, fullName: (item) => (item as ServerPickItem).target.fullName };
}

function isTarget(x: unknown): x is ServerTarget {
  if (typeof x !== 'object' || x === null) return false;
  const t = x as Partial<ServerTarget>;
  return typeof t.fullName === 'string' && typeof t.ref === 'object' && typeof t.vm === 'object';
}
