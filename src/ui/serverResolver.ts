// Which server a command acts on: the tree node it was invoked on, or, from the Command Palette,
// a quick pick of the servers the state model allows the action for. Either way the state model
// has the last word (a menu can be stale), and a refusal says why in words.
import * as l10n from '@vscode/l10n';
import { targetFromNode } from '../estate/targets';
import type { Estate } from '../estate/estate';
import { isServerNode, type ServerNode } from '../estate/nodes';
import { primaryIp } from '../model/format';
import { can, refusal, stateLabel, stateOf, type ServerAction } from '../model/serverState';
import type { ServerTarget } from '../model/target';
import type { PickItem, UiPort } from './port';

export interface ResolveOptions {
  action: ServerAction;
  placeHolder: string;
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

/** The palette's choices for an action: exactly the servers the state model allows it for. */
export function candidates(nodes: readonly ServerNode[], action: ServerAction): ServerPickItem[] {
  return nodes.filter((n) => can(action, n.vm, n.pending)).map(pickItem);
}

export class ServerResolver {
  constructor(private readonly deps: ResolverDeps) {}

  async resolve(arg: unknown, opts: ResolveOptions): Promise<ServerTarget | undefined> {
    const target = isServerNode(arg) ? targetFromNode(this.deps.estate.server(arg.vm.id) ?? arg) : isTarget(arg) ? arg : await this.pick(opts);
    return target && this.allowed(target, opts.action) ? target : undefined;
  }

  /** The guard: the state model says no → tell the user why, and do nothing. */
  allowed(target: ServerTarget, action: ServerAction): boolean {
    const why = refusal(action, target.vm, target.pending);
    if (why === undefined) return true;
    const name = target.fullName;
    const text = {
      deleted: () => l10n.t('{0} is deleted. Restore it first.', name),
      'not-deleted': () => l10n.t('{0} is not deleted. Delete it first.', name),
      'powered-off': () => l10n.t('{0} is powered off. Start it first.', name),
      'powered-on': () => l10n.t('{0} is already running.', name),
      changing: () => l10n.t('{0} is busy ({1}). Try again when it has settled.', name, stateLabel(stateOf(target.vm, target.pending))),
    }[why]();
    void this.deps.ui.notify('info', text);
    return false;
  }

  private async pick(opts: ResolveOptions): Promise<ServerTarget | undefined> {
    if (!(await this.deps.ensureLoaded())) return undefined;
    const items = candidates(this.deps.estate.servers(), opts.action);
    if (items.length === 0) {
      void this.deps.ui.notify('info', this.nothingToPick(opts.action));
      return undefined;
    }
    const picked = await this.deps.ui.pick(items, {
      title: l10n.t('Bytemark Cloud servers'),
      placeHolder: opts.placeHolder,
      matchOnDescription: true,
      fullName: (item) => (item as ServerPickItem).target.fullName,
    });
    return picked?.target;
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

function isTarget(x: unknown): x is ServerTarget {
  if (typeof x !== 'object' || x === null) return false;
  const t = x as Partial<ServerTarget>;
  return typeof t.fullName === 'string' && typeof t.ref === 'object' && typeof t.vm === 'object';
}
