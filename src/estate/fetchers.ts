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
