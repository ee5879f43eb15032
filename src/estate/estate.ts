// The single in-memory picture of what the signed-in user can see. It is built from one
// `GET /accounts?view=overview` and patched by single-server GETs. Nodes keep their ids and
// their object identity across reloads (so VS Code keeps expansion and selection), and every
// mutation reports exactly which nodes changed so the tree refreshes only those.
import * as l10n from '@vscode/l10n';
import type { Account, VirtualMachine } from '../api/schemas';
import type { PendingAction } from '../model/serverState';
import { ChangeSet, sameIds, sortAccounts, sortGroups, sortServers, type EstateChange } from './changes';
import {
  accountId,
  groupId,
  serverId,
  type AccountNode,
  type EstateNode,
  type ErrorNode,
  type GroupNode,
  type PlaceholderNode,
  type ServerNode,
} from './nodes';

export type { EstateChange } from './changes';
export { accountSummary, groupSummary } from './changes';
export type EstateStatus = 'empty' | 'loaded' | 'error';

export class Estate {
  private accountList: AccountNode[] = [];
  private readonly accounts = new Map<string, AccountNode>();
  private readonly groups = new Map<string, GroupNode>();
  private readonly serverNodes = new Map<string, ServerNode>();
  private readonly serialized = new WeakMap<ServerNode, string>();
  private readonly placeholders = new Map<string, PlaceholderNode>();
  private errorNode: ErrorNode | undefined;
  private statusValue: EstateStatus = 'empty';
  private readonly listeners = new Set<(change: EstateChange) => void>();
  /** Whether the last load asked for deleted servers; patches of deleted servers follow it. */
  includeDeleted = false;

  get status(): EstateStatus {
    return this.statusValue;
  }

  get error(): ErrorNode | undefined {
    return this.errorNode;
  }

  get accountNodes(): readonly AccountNode[] {
    return this.accountList;
  }

  onDidChange(listener: (change: EstateChange) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  server(vmId: number): ServerNode | undefined {
    return this.serverNodes.get(serverId(vmId));
  }

  servers(): ServerNode[] {
    return this.accountList.flatMap((a) => a.groups.flatMap((g) => g.servers));
  }

  /** Children as the tree shows them, including the placeholder and error rows. */
  children(node?: EstateNode): EstateNode[] {
    if (!node) {
      if (this.statusValue === 'error' && this.errorNode) return [this.errorNode];
      if (this.statusValue !== 'loaded') return [];
      return this.accountList.length ? this.accountList : [this.placeholder(undefined, l10n.t('No accounts'))];
    }
    if (node.kind === 'account') return node.groups.length ? node.groups : [this.placeholder(node, l10n.t('No servers'))];
    if (node.kind === 'group') return node.servers.length ? node.servers : [this.placeholder(node, l10n.t('No servers'))];
    return [];
  }

  parentOf(node: EstateNode): EstateNode | undefined {
    return node.kind === 'server' || node.kind === 'group' || node.kind === 'placeholder' ? node.parent : undefined;
  }

  /** Replaces the picture with a fresh overview, reusing every node that still exists. */
  replace(accounts: readonly Account[], includeDeleted: boolean): EstateChange {
    const cs = new ChangeSet();
    if (this.statusValue !== 'loaded') cs.root = true;
    this.statusValue = 'loaded';
    this.errorNode = undefined;
    this.includeDeleted = includeDeleted;
    for (const a of this.accountList) {
      cs.watch(a);
      for (const g of a.groups) cs.watch(g);
    }

    const seenAccounts = new Set<string>();
    const seenGroups = new Set<string>();
    const seenServers = new Set<string>();
    const newAccounts: AccountNode[] = [];
    for (const account of accounts) {
      const { groups: rawGroups, ...info } = account;
      const aid = accountId(account.id);
      seenAccounts.add(aid);
      let aNode = this.accounts.get(aid);
      if (!aNode) {
        aNode = { kind: 'account', id: aid, account: info, groups: [] };
        this.accounts.set(aid, aNode);
      } else if (JSON.stringify(aNode.account) !== JSON.stringify(info)) {
        aNode.account = info;
        cs.nodes.add(aNode);
      }
      const newGroups: GroupNode[] = [];
      for (const group of rawGroups ?? []) {
        const { virtual_machines: rawVms, ...gInfo } = group;
        const gid = groupId(group.id);
        seenGroups.add(gid);
        let gNode = this.groups.get(gid);
        if (!gNode) {
          gNode = { kind: 'group', id: gid, group: gInfo, parent: aNode, servers: [] };
          this.groups.set(gid, gNode);
        } else {
          if (JSON.stringify(gNode.group) !== JSON.stringify(gInfo)) {
            gNode.group = gInfo;
            cs.nodes.add(gNode);
          }
          if (gNode.parent !== aNode) gNode.parent = aNode;
        }
        const newServers: ServerNode[] = [];
        for (const vm of rawVms ?? []) {
          if (vm.deleted && !includeDeleted) continue;
          const sid = serverId(vm.id);
          seenServers.add(sid);
          let sNode = this.serverNodes.get(sid);
          const json = JSON.stringify(vm);
          if (!sNode) {
            sNode = { kind: 'server', id: sid, vm, parent: gNode };
            this.serverNodes.set(sid, sNode);
          } else {
            if (this.serialized.get(sNode) !== json) {
              sNode.vm = vm;
              cs.nodes.add(sNode);
            }
            sNode.parent = gNode;
          }
          this.serialized.set(sNode, json);
          newServers.push(sNode);
        }
        newServers.sort(sortServers);
        if (!sameIds(gNode.servers, newServers)) cs.nodes.add(gNode);
        gNode.servers = newServers;
        newGroups.push(gNode);
      }
      newGroups.sort(sortGroups);
      if (!sameIds(aNode.groups, newGroups)) cs.nodes.add(aNode);
      aNode.groups = newGroups;
      newAccounts.push(aNode);
    }
    newAccounts.sort(sortAccounts);
    if (!sameIds(this.accountList, newAccounts)) cs.root = true;
    this.accountList = newAccounts;

    for (const id of [...this.serverNodes.keys()]) if (!seenServers.has(id)) this.serverNodes.delete(id);
    for (const id of [...this.groups.keys()]) if (!seenGroups.has(id)) this.groups.delete(id);
    for (const id of [...this.accounts.keys()]) if (!seenAccounts.has(id)) this.accounts.delete(id);
    return this.emit(cs);
  }

  /** Folds in a freshly read server: updates, moves, adds or (if now hidden) removes its node. */
  patchServer(vm: VirtualMachine): ServerNode | undefined {
    if (this.statusValue !== 'loaded') return undefined;
    const cs = new ChangeSet();
    const sid = serverId(vm.id);
    let node = this.serverNodes.get(sid);
    const target = this.groups.get(groupId(vm.group_id));
    cs.watch(node?.parent);
    cs.watch(node?.parent.parent);
    cs.watch(target);
    cs.watch(target?.parent);
    const visible = target !== undefined && (this.includeDeleted || !vm.deleted);
    const json = JSON.stringify(vm);

    if (!visible) {
      if (node) this.detach(node, cs);
      node = undefined;
    } else if (!node) {
      node = { kind: 'server', id: sid, vm, parent: target };
      this.serverNodes.set(sid, node);
      this.serialized.set(node, json);
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
      if (this.serialized.get(node) !== json) {
        node.vm = vm;
        this.serialized.set(node, json);
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
    const node = this.serverNodes.get(serverId(vmId));
    if (!node) return;
    const cs = new ChangeSet();
    cs.watch(node.parent);
    cs.watch(node.parent.parent);
    this.detach(node, cs);
    this.emit(cs);
  }

  setPending(vmId: number, pending: PendingAction | undefined): ServerNode | undefined {
    const node = this.serverNodes.get(serverId(vmId));
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
    const cs = new ChangeSet();
    cs.root = true;
    this.emit(cs);
  }

  /** Signed out: nothing to show. */
  clear(): void {
    const wasEmpty = this.statusValue === 'empty';
    this.statusValue = 'empty';
    this.errorNode = undefined;
    this.forgetAll();
    if (wasEmpty) return;
    const cs = new ChangeSet();
    cs.root = true;
    this.emit(cs);
  }

  private forgetAll(): void {
    this.accountList = [];
    this.accounts.clear();
    this.groups.clear();
    this.serverNodes.clear();
    this.placeholders.clear();
  }

  private detach(node: ServerNode, cs: ChangeSet): void {
    node.parent.servers = node.parent.servers.filter((s) => s !== node);
    this.serverNodes.delete(node.id);
    cs.nodes.add(node.parent);
  }

  private placeholder(parent: AccountNode | GroupNode | undefined, label: string): PlaceholderNode {
    const id = `placeholder:${parent ? parent.id : 'root'}`;
    let p = this.placeholders.get(id);
    if (!p || p.parent !== parent) {
      p = { kind: 'placeholder', id, parent, label };
      this.placeholders.set(id, p);
    }
    return p;
  }

  private emit(cs: ChangeSet): EstateChange {
    const change = cs.result();
    if (change !== undefined && change.length === 0) return change;
    for (const l of this.listeners) l(change);
    return change;
  }
}
