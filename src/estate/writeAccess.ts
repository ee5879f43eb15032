// Where the signed-in user may change things, from their privileges (one `GET /privileges`): the
// brain answers 403 to a write anywhere else, so the menus leave those actions out instead.
// Seeing is not changing: a viewer reads a whole account without holding any privilege on it.
import type { Privilege } from '../api/resourceSchemas';
import { rowContext } from '../model/rowContext';

/** session/apiKey.ts's API_KEY_USER (not imported: that module brings the API bundle with it). */
const API_KEY_USER = 'apikeyuser';

/** Granted to one of the user's API keys rather than to the user. */
export const isKeyPrivilege = (p: Pick<Privilege, 'api_key_id'>): boolean => p.api_key_id !== undefined && p.api_key_id !== null;
import type { AccountNode, GroupNode, ServerNode } from './nodes';

export class WriteAccess {
  /** Privileges not (yet) known: nothing is hidden, and the brain has the last word. */
  static readonly unknown = new WriteAccess(undefined);

  private readonly everywhere: boolean;
  private readonly accounts = new Set<number>();
  private readonly groups = new Set<number>();
  private readonly servers = new Set<number>();

  private constructor(privileges: readonly Privilege[] | undefined) {
    this.everywhere = privileges === undefined;
    for (const p of privileges ?? []) {
      if (p.level === 'cluster_su' || p.level === 'cluster_admin') this.everywhere = true;
      else if (p.level === 'account_admin' && typeof p.account_id === 'number') this.accounts.add(p.account_id);
      else if (p.level === 'group_admin' && typeof p.group_id === 'number') this.groups.add(p.group_id);
      else if (p.level === 'vm_admin' && typeof p.virtual_machine_id === 'number') this.servers.add(p.virtual_machine_id);
      // vm_console opens the console only; it changes nothing.
    }
  }

  /**
   * The session's own privileges, from a list that also holds those of people on what the user
   * administers. A password session carries the user's, not their API keys'; an API-key session
   * the keys' only (which key it is the API does not say, so any of the user's keys').
   */
  static of(privileges: readonly Privilege[], username: string, apiKey = false): WriteAccess {
    return new WriteAccess(privileges.filter((p) => isKeyPrivilege(p) === apiKey && (p.username === username || (apiKey && username === API_KEY_USER))));
  }

  get known(): boolean {
    return this !== WriteAccess.unknown;
  }

  /** Whether any write is allowed anywhere (an entirely read-only user sees no write actions at all). */
  get any(): boolean {
    return this.everywhere || this.accounts.size + this.groups.size + this.servers.size > 0;
  }

  /** Groups are made, renamed and deleted by whoever may change the account. */
  mayWriteAccount(accountId: number): boolean {
    return this.everywhere || this.accounts.has(accountId);
  }

  /** Servers are made in a group by whoever may change the group (or its account). */
  mayWriteGroup(groupId: number, accountId: number): boolean {
    return this.everywhere || this.groups.has(groupId) || this.accounts.has(accountId);
  }

  mayWrite(server: ServerNode): boolean {
    return this.everywhere || this.servers.has(server.vm.id) || this.groups.has(server.parent.group.id) || this.accounts.has(server.parent.parent.account.id);
  }
}

/**
 * The group row's actions: Create Server for who may change the group, Rename for them too,
 * Delete for who may change the account; an account's default group (`group.fixed`) can be
 * neither renamed nor deleted (the API refuses both). Refresh reloads from any row.
 */
export function groupContext(access: Pick<WriteAccess, 'mayWriteGroup' | 'mayWriteAccount'>, node: GroupNode): string {
  const account = node.parent.account.id;
  const group = access.mayWriteGroup(node.group.id, account);
  const fixed = node.group.name === 'default';
  return rowContext('group', fixed ? 'fixed' : 'named', [group && 'createServer', group && !fixed && 'renameGroup', access.mayWriteAccount(account) && !fixed && 'deleteGroup', 'showAccess', group && 'grantAccess', 'refresh']);
}

/** Whether a server can be created anywhere in these accounts (a group the user may change, in an account not suspended). */
export function mayCreateServer(access: Pick<WriteAccess, 'mayWriteGroup'>, accounts: readonly AccountNode[]): boolean {
  return accounts.some((a) => !a.account.suspended && a.groups.some((g) => access.mayWriteGroup(g.group.id, a.account.id)));
}

/** The account row's actions: Add Group for who may change the account. */
export function accountContext(access: Pick<WriteAccess, 'mayWriteAccount'>, accountId: number): string {
  const may = access.mayWriteAccount(accountId);
  return rowContext('account', may ? 'writable' : 'readonly', [may && 'addGroup', 'showAccess', may && 'grantAccess', 'refresh']);
}
