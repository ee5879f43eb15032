// Folding one `GET /accounts?view=overview` answer into the estate's nodes: nodes keep their
// identity across reloads, a repeated id or unreadable server becomes one marked row, and every
// change is recorded for the tree.
import * as l10n from '@vscode/l10n';
import type { InvalidItem } from '../api/overviewItems';
import type { Account, VirtualMachine } from '../api/schemas';
import { ChangeSet, sameIds, sortAccounts, sortGroups, sortServers } from './changes';
import { accountId, groupId, serverId, type AccountNode, type GroupNode, type PlaceholderNode, type ProblemNode, type ServerNode } from './nodes';
import { sameServer } from './sameServer';

/** Every node by id, and what the diff needs to know about them. */
export class NodeIndex {
  accountList: AccountNode[] = [];
  rootProblems: ProblemNode[] = [];
  readonly accounts = new Map<string, AccountNode>();
  readonly groups = new Map<string, GroupNode>();
  /** By the server's own (numeric) id: a reload looks up every server, and a number needs no key string built and hashed. */
  readonly serverNodes = new Map<number, ServerNode>();
  readonly placeholders = new Map<string, PlaceholderNode>();

  /** The quiet row of an empty container, the same object each time. */
  placeholder(parent: AccountNode | GroupNode | undefined, label: string): PlaceholderNode {
    const id = `placeholder:${parent ? parent.id : 'root'}`;
    let p = this.placeholders.get(id);
    if (!p || p.parent !== parent) {
      p = { kind: 'placeholder', id, parent, label };
      this.placeholders.set(id, p);
    }
    return p;
  }

  /** A server's data as held, if `raw` is the same data (see `Unchanged`). */
  unchanged(vmId: number, raw: unknown): VirtualMachine | undefined {
    const vm = this.serverNodes.get(vmId)?.vm;
    return vm !== undefined && sameServer(vm, raw) ? vm : undefined;
  }

  clear(): void {
    this.accountList = [];
    this.rootProblems = [];
    this.accounts.clear();
    this.groups.clear();
    this.serverNodes.clear();
    this.placeholders.clear();
  }
}

/** Folds an overview into the index, reusing every node that still exists; records what changed. */
export function applyOverview(ix: NodeIndex, accounts: readonly Account[], includeDeleted: boolean, cs: ChangeSet, invalid: readonly InvalidItem[] = []): void {
  const unreadable = (i: InvalidItem) => l10n.t('The API\'s data for this {0} cannot be used: {1}', i.kind, i.reason);
  for (const a of ix.accountList) {
    cs.watch(a);
    for (const g of a.groups) cs.watch(g);
  }

  const seenAccounts = new Set<string>();
  const seenGroups = new Set<string>();
  const seenServers = new Set<number>();
  const newAccounts: AccountNode[] = [];
  const rootProblems: ProblemNode[] = [];
  for (const i of invalid) if (i.kind === 'account' || !accounts.some((a) => a.id === i.accountId)) rootProblems.push(problem(undefined, rootProblems.length, i.name, unreadable(i)));
  const repeated = (what: string, name: string, id: number) => l10n.t('{0} {1} (id {2}) appears more than once in the API\'s answer; only its first appearance is shown.', what, name, id);
  for (const account of accounts) {
    const { groups: rawGroups, ...info } = account;
    const aid = accountId(account.id);
    if (seenAccounts.has(aid)) {
      rootProblems.push(problem(undefined, rootProblems.length, account.name, repeated(l10n.t('Account'), account.name, account.id)));
      continue;
    }
    seenAccounts.add(aid);
    let aNode = ix.accounts.get(aid);
    if (!aNode) {
      aNode = { kind: 'account', id: aid, account: info, groups: [] };
      ix.accounts.set(aid, aNode);
    } else if (JSON.stringify(aNode.account) !== JSON.stringify(info)) {
      aNode.account = info;
      cs.nodes.add(aNode);
    }
    const newGroups: GroupNode[] = [];
    const accountProblems: ProblemNode[] = [];
    for (const i of invalid) if (i.kind !== 'account' && i.accountId === account.id && !(i.groupId !== undefined && rawGroups?.some((g) => g.id === i.groupId))) accountProblems.push(problem(aNode, accountProblems.length, i.name, unreadable(i)));
    for (const group of rawGroups ?? []) {
      const { virtual_machines: rawVms, ...gInfo } = group;
      const gid = groupId(group.id);
      if (seenGroups.has(gid)) {
        accountProblems.push(problem(aNode, accountProblems.length, group.name, repeated(l10n.t('Group'), group.name, group.id)));
        continue;
      }
      seenGroups.add(gid);
      let gNode = ix.groups.get(gid);
      if (!gNode) {
        gNode = { kind: 'group', id: gid, group: gInfo, parent: aNode, servers: [] };
        ix.groups.set(gid, gNode);
      } else {
        if (JSON.stringify(gNode.group) !== JSON.stringify(gInfo)) {
          gNode.group = gInfo;
          cs.nodes.add(gNode);
        }
        if (gNode.parent !== aNode) gNode.parent = aNode;
      }
      let newServers: ServerNode[] = [];
      // Whether every server was already here under the same name: then the sorted list stands.
      let sameMembers = true;
      const groupProblems: ProblemNode[] = [];
      for (const i of invalid) if (i.kind === 'server' && i.groupId === group.id && i.accountId === account.id) groupProblems.push(problem(gNode, groupProblems.length, i.name, unreadable(i)));
      for (const vm of rawVms ?? []) {
        if (vm.deleted && !includeDeleted) continue;
        if (seenServers.has(vm.id)) {
          groupProblems.push(problem(gNode, groupProblems.length, vm.name, repeated(l10n.t('Server'), vm.name, vm.id)));
          continue;
        }
        seenServers.add(vm.id);
        let sNode = ix.serverNodes.get(vm.id);
        if (!sNode) {
          sNode = { kind: 'server', id: serverId(vm.id), vm, parent: gNode };
          ix.serverNodes.set(vm.id, sNode);
          sameMembers = false;
        } else {
          if (sNode.parent !== gNode) {
            sNode.parent = gNode;
            sameMembers = false;
          }
          // An unchanged server keeps its old data object, so the fresh copy is garbage at once
          // rather than retained while the old one waits for a full collection.
          if (!sameServer(sNode.vm, vm)) {
            if (sNode.vm.name !== vm.name) sameMembers = false;
            sNode.vm = vm;
            if (!vm.power_on) delete sNode.appliance; // a non-permanent appliance ends with the power
            cs.nodes.add(sNode);
          }
        }
        newServers.push(sNode);
      }
      // Members are distinct and all came from the old list, so equal counts mean the same set.
      if (sameMembers && newServers.length === gNode.servers.length) newServers = gNode.servers;
      else newServers.sort(sortServers);
      if (!sameIds(gNode.servers, newServers) || !sameIds(gNode.problems ?? [], groupProblems)) cs.nodes.add(gNode);
      gNode.servers = newServers;
      gNode.problems = groupProblems;
      newGroups.push(gNode);
    }
    newGroups.sort(sortGroups);
    if (!sameIds(aNode.groups, newGroups) || !sameIds(aNode.problems ?? [], accountProblems)) cs.nodes.add(aNode);
    aNode.groups = newGroups;
    aNode.problems = accountProblems;
    newAccounts.push(aNode);
  }
  newAccounts.sort(sortAccounts);
  if (!sameIds(ix.accountList, newAccounts) || !sameIds(ix.rootProblems, rootProblems)) cs.root = true;
  ix.accountList = newAccounts;
  ix.rootProblems = rootProblems;

  // Everything seen is in the index, so equal sizes leave nothing to drop. (Deleting from a Map
  // while iterating it is safe: no copy of its keys is needed.)
  forgetUnseen(ix.serverNodes, seenServers);
  forgetUnseen(ix.groups, seenGroups);
  forgetUnseen(ix.accounts, seenAccounts);
}

function forgetUnseen<K>(index: Map<K, unknown>, seen: ReadonlySet<K>): void {
  if (index.size !== seen.size) for (const id of index.keys()) if (!seen.has(id)) index.delete(id);
}

function problem(parent: AccountNode | GroupNode | undefined, n: number, label: string, reason: string): ProblemNode {
  return { kind: 'problem', id: `problem:${parent ? parent.id : 'root'}:${n}`, parent, label, reason };
}
