// The single in-memory picture of what the signed-in user can see. It is built from one
// `GET /accounts?view=overview` and patched by single-server GETs. Nodes keep their ids and
// their object identity across reloads (so VS Code keeps expansion and selection), and every
// mutation reports exactly which nodes changed so the tree refreshes only those.
import * as l10n from '@vscode/l10n';
import type { InvalidItem, Unchanged } from '../api/overviewItems';
import type { Account, VirtualMachine } from '../api/schemas';
import type { PendingAction } from '../model/serverState';
import { ChangeSet, sameIds, sortServers, type ChangeListener, type EstateChange } from './changes';
import { applyOverview, NodeIndex } from './foldOverview';
import { groupId, isDetailNode, serverId, type AccountNode, type DetailNode, type EstateNode, type ErrorNode, type ServerNode } from './nodes';
import { sameServer } from './sameServer';
import { DetailTree } from './serverTree';
import { WriteAccess } from './writeAccess';

export { accountSummary, groupSummary, type ChangeListener, type EstateChange } from './changes';
export type EstateStatus = 'empty' | 'loaded' | 'error';


export class Estate {
  private readonly index = new NodeIndex();
  private errorNode: ErrorNode | undefined;
  private statusValue: EstateStatus = 'empty';
  private readonly listeners = new Set<ChangeListener>();
  /** The rows under each server (discs, backups, addresses). */
  readonly detailRows = new DetailTree();
  /** Where the signed-in user may change things (from their privileges); menus hide the rest. Set through setAccess. */
  access = WriteAccess.unknown;
  /** Whether the last load asked for deleted servers; patches of deleted servers follow it. */
  includeDeleted = false;

  get status(): EstateStatus {
    return this.statusValue;
  }

  get error(): ErrorNode | undefined {
    return this.errorNode;
  }

  get accountNodes(): readonly AccountNode[] {
    return this.index.accountList;
  }

  setAccess(access: WriteAccess): void {
    this.access = access;
    this.emit(ChangeSet.of('all'));
  }

  /** Forgets one server's lazily read backups and reverse DNS (after an action changed them), so they are read again. */
  forgetDetails(vmId: number): void {
    const node = this.server(vmId);
    if (!node) return;
    const cs = ChangeSet.of([node]);
    this.detailRows.forget(cs, () => true, node);
    this.emit(cs);
  }

  /** A row under a server is changing (a disc being resized or restored): it spins, saying what, until cleared. */
  setRowBusy(row: DetailNode, busy: string | undefined): void {
    if (busy === undefined) delete row.busy;
    else row.busy = busy;
    this.emit(ChangeSet.of([row]));
  }

  onDidChange(listener: ChangeListener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** For the overview's reader: an unchanged server comes back as the very data the tree holds. */
  readonly unchanged: Unchanged = (vmId, raw) => this.index.unchanged(vmId, raw);

  server(vmId: number): ServerNode | undefined {
    return this.index.serverNodes.get(vmId);
  }

  servers(): ServerNode[] {
    return this.index.accountList.flatMap((a) => a.groups.flatMap((g) => g.servers));
  }

  /** Children as the tree shows them, including the placeholder and error rows. */
  children(node?: EstateNode): EstateNode[] {
    if (!node) {
      if (this.statusValue === 'error' && this.errorNode) return [this.errorNode];
      if (this.statusValue !== 'loaded') return [];
      const all = [...this.index.accountList, ...this.index.rootProblems];
      return all.length ? all : [this.index.placeholder(undefined, l10n.t('No accounts'))];
    }
    if (node.kind === 'account' || node.kind === 'group') {
      const all = [...(node.kind === 'account' ? node.groups : node.servers), ...(node.problems ?? [])];
      return all.length ? all : [this.index.placeholder(node, l10n.t('No servers'))];
    }
    return node.kind === 'server' || isDetailNode(node) ? this.detailRows.children(node) : [];
  }

  parentOf(node: EstateNode): EstateNode | undefined {
    return isDetailNode(node) || node.kind === 'server' || node.kind === 'group' || node.kind === 'placeholder' || node.kind === 'problem' ? node.parent : undefined;
  }

  /** Replaces the picture with a fresh overview, reusing every node that still exists. */
  replace(accounts: readonly Account[], includeDeleted: boolean, invalid: readonly InvalidItem[] = []): EstateChange {
    const cs = new ChangeSet();
    if (this.statusValue !== 'loaded') cs.root = true;
    this.statusValue = 'loaded';
    this.errorNode = undefined;
    this.includeDeleted = includeDeleted;
    applyOverview(this.index, accounts, includeDeleted, cs, invalid);
    this.detailRows.forget(cs, (s) => this.index.serverNodes.get(s.vm.id) === s);
    return this.emit(cs);
  }

  /** Folds in a freshly read server: updates, moves, adds or (if now hidden) removes its node. */
  patchServer(vm: VirtualMachine): ServerNode | undefined {
    if (this.statusValue !== 'loaded') return undefined;
    const cs = new ChangeSet();
    let node = this.index.serverNodes.get(vm.id);
    const target = this.index.groups.get(groupId(vm.group_id));
    cs.watch(node?.parent);
    cs.watch(node?.parent.parent);
    cs.watch(target);
    cs.watch(target?.parent);
    const visible = target !== undefined && (this.includeDeleted || !vm.deleted);

    if (!visible) {
      if (node) this.detach(node, cs);
      node = undefined;
    } else if (!node) {
      node = { kind: 'server', id: serverId(vm.id), vm, parent: target };
      this.index.serverNodes.set(vm.id, node);
      target.servers = [...target.servers, node].sort(sortServers);
      cs.nodes.add(target);
    } else {
      if (node.parent !== target) {
        node.parent.servers = node.parent.servers.filter((s) => s !== node);
        cs.nodes.add(node.parent);
        node.parent = target;
        target.servers = [...target.servers, node];
        cs.nodes.add(target);
      }
      if (!sameServer(node.vm, vm)) {
        node.vm = vm;
        if (!vm.power_on) delete node.appliance; // a non-permanent appliance ends with the power
        cs.nodes.add(node);
      }
      const sorted = [...target.servers].sort(sortServers);
      if (!sameIds(sorted, target.servers)) cs.nodes.add(target);
      target.servers = sorted;
    }
    this.emit(cs);
    return node;
  }

  /** Drops a server for good (purged, or gone from the API). */
  removeServer(vmId: number): void {
    const node = this.index.serverNodes.get(vmId);
    if (!node) return;
    const cs = new ChangeSet();
    cs.watch(node.parent);
    cs.watch(node.parent.parent);
    this.detach(node, cs);
    this.emit(cs);
  }

  setPending(vmId: number, pending: PendingAction | undefined): ServerNode | undefined {
    const node = this.index.serverNodes.get(vmId);
    if (!node || node.pending === pending) return node;
    const cs = new ChangeSet();
    if (pending === undefined) delete node.pending;
    else node.pending = pending;
    cs.nodes.add(node);
    this.emit(cs);
    return node;
  }

  /** Loading failed: the tree shows one error row instead of (possibly stale) servers. */
  setError(message: string, detail: string): void {
    this.statusValue = 'error';
    this.errorNode = { kind: 'error', id: 'error', message, detail };
    this.forgetAll();
    this.emit(ChangeSet.of('all'));
  }

  /** Signed out: nothing to show. */
  clear(): void {
    const wasEmpty = this.statusValue === 'empty';
    this.statusValue = 'empty';
    this.errorNode = undefined;
    this.forgetAll();
    if (wasEmpty) return;
    this.emit(ChangeSet.of('all'));
  }

  private forgetAll(): void {
    this.index.clear();
    this.detailRows.clear();
    this.access = WriteAccess.unknown;
  }

  private detach(node: ServerNode, cs: ChangeSet): void {
    node.parent.servers = node.parent.servers.filter((s) => s !== node);
    this.index.serverNodes.delete(node.vm.id);
    cs.nodes.add(node.parent);
  }

  private emit(cs: ChangeSet): EstateChange {
    const change = cs.result();
    if (change !== undefined && change.length === 0) return change;
    for (const l of this.listeners) {
      try {
        l(change, cs.countsOnly);
      } catch {
        // A listener's failure (an open document, say) must not stop the tree from updating.
      }
    }
    return change;
  }
}

