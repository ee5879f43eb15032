// The two ways the estate is fed from the API, kept free of vscode so tests and the benchmark
// drive exactly what the extension does: one overview GET for everything, one GET per server.
import { NotFoundError, type BrainClient, type CallOptions, type VirtualMachine } from '../api';
import type { Estate, EstateChange } from './estate';

/**
 * `GET /accounts?view=overview[&include_deleted=true]` → the whole tree, diffed in place.
 * `stillWanted` is asked after the answer arrives: if the user signed out, switched user or
 * changed the deleted-servers choice meanwhile, a newer load owns the tree and this answer is
 * dropped ('stale').
 */
export async function loadEstate(
  brain: BrainClient,
  estate: Estate,
  includeDeleted: boolean,
  o?: CallOptions,
  stillWanted: () => boolean = () => true,
): Promise<EstateChange | 'stale'> {
  const { accounts, invalid } = await brain.getOverview({ includeDeleted, unchanged: estate.unchanged }, o);
  if (!stillWanted()) return 'stale';
  return estate.replace(accounts, includeDeleted, invalid);
}

/**
 * Re-reads one known server (addressed by ids, so a rename cannot lose it) and folds it in.
 * `gone` when the server no longer exists or is no longer visible to this user.
 */
export async function reloadServer(brain: BrainClient, estate: Estate, vmId: number, o?: CallOptions): Promise<VirtualMachine | 'gone'> {
  const node = estate.server(vmId);
  if (!node) return 'gone';
  const ref = { account: node.parent.parent.account.id, group: node.parent.group.id, server: vmId };
  try {
    const vm = await brain.getServer(ref, o);
    estate.patchServer(vm);
    return vm;
  } catch (err) {
    if (err instanceof NotFoundError) {
      estate.removeServer(vmId);
      return 'gone';
    }
    throw err;
  }
}

/** What one account read found for each server asked about; an Error keeps it polled. */
export type AccountReadResult = Map<number, VirtualMachine | 'gone' | Error>;

/**
 * Re-reads the servers `vmIds` of one account with a single `GET /accounts/{id}?view=overview`
 * and folds each in as `reloadServer` would (the same data: discs, NICs, deleted ones). One
 * missing from an answer that had unreadable items is not called gone: it may be one of them.
 * Other servers of the account are left alone; only what was asked about changes the tree.
 */
export async function reloadAccountServers(brain: BrainClient, estate: Estate, accountId: number, vmIds: readonly number[], o?: CallOptions): Promise<AccountReadResult> {
  const { accounts, invalid } = await brain.getAccountOverview(accountId, { unchanged: estate.unchanged }, o);
  const found = new Map<number, VirtualMachine>();
  for (const a of accounts) for (const g of a.groups ?? []) for (const vm of g.virtual_machines ?? []) found.set(vm.id, vm);
  const out: AccountReadResult = new Map();
  for (const id of vmIds) {
    const vm = found.get(id);
    if (vm) {
      estate.patchServer(vm);
      out.set(id, vm);
    } else if (invalid.length > 0) {
      out.set(id, new Error(`server #${id} was not readable in the answer for account #${accountId}`));
    } else {
      estate.removeServer(id);
      out.set(id, 'gone');
    }
  }
  return out;
}
