// Who may see and change what. Seeing: the whole of the accounts a user belongs to
// (SimUser.access) or holds account_admin on; elsewhere only the groups and servers a privilege
// is on (the account itself shows, holding just those). Changing: privileges only —
// account_admin on an account, group_admin on a group (and its servers), vm_admin on a server;
// cluster_admin/cluster_su on everything. A request made with an API key acts with the key's own
// privileges alone.
import { text, type Reply } from './http';
import type { State } from './state';
import type { SimAccount, SimApiKey, SimGroup, SimPrivilege, SimServer, SimUser } from './types';

export interface Actor {
  user: SimUser;
  apiKey?: SimApiKey;
}

export type Found<T> = { ok: true; value: T } | { ok: false; reply: Reply };

export const notFound = (what: string): Reply => text(404, `Not found: ${what} does not exist or you do not have access to it`);
export const methodNotAllowed = (allow: string[]): Reply => ({
  ...text(405, `Method not allowed here; use ${allow.join(', ')}`),
  headers: { allow: allow.join(', ') },
});
export const isWrite = (method: string) => method !== 'GET' && method !== 'HEAD';

export class Access {
  readonly username: string;
  private readonly privs: SimPrivilege[];
  private readonly cluster: boolean;

  constructor(private readonly state: State, readonly actor: Actor) {
    this.username = actor.user.username;
    this.privs = state.people.actingPrivileges(this.username, actor.apiKey?.id);
    this.cluster = this.privs.some((p) => p.level === 'cluster_admin' || p.level === 'cluster_su');
  }

  /** The account a privilege is on, whatever its level. */
  accountOf(p: SimPrivilege): number | undefined {
    if (p.account_id !== undefined) return p.account_id;
    if (p.group_id !== undefined) return this.state.groups.get(p.group_id)?.account_id;
    if (p.virtual_machine_id !== undefined) {
      const s = this.state.vms.get(p.virtual_machine_id);
      return s && this.state.groups.get(s.group_id)?.account_id;
    }
    return undefined;
  }

  seesAccount(a: SimAccount): boolean {
    if (this.cluster) return true;
    if (!this.actor.apiKey && this.actor.user.access[a.name] !== undefined) return true;
    return this.privs.some((p) => this.accountOf(p) === a.id);
  }

  /** Everything in the account is visible (membership or account-level privilege). */
  private seesWholeAccount(accountId: number): boolean {
    if (this.cluster) return true;
    const a = this.state.accounts.get(accountId);
    if (a && !this.actor.apiKey && this.actor.user.access[a.name] !== undefined) return true;
    return this.privs.some((p) => p.account_id === accountId);
  }

  seesGroup(g: SimGroup): boolean {
    if (this.seesWholeAccount(g.account_id)) return true;
    return this.privs.some((p) => p.group_id === g.id ||
      (p.virtual_machine_id !== undefined && this.state.vms.get(p.virtual_machine_id)?.group_id === g.id));
  }

  seesServer(s: SimServer): boolean {
    const g = this.state.groups.get(s.group_id);
    if (!g) return false;
    if (this.seesWholeAccount(g.account_id)) return true;
    return this.privs.some((p) => p.group_id === g.id || p.virtual_machine_id === s.id);
  }

  visibleAccounts(): SimAccount[] {
    return [...this.state.accounts.values()].filter((a) => this.seesAccount(a));
  }

  visibleGroups(): SimGroup[] {
    return [...this.state.groups.values()].filter((g) => this.seesGroup(g));
  }

  adminsAccount(accountId: number): boolean {
    return this.cluster || this.privs.some((p) => p.level === 'account_admin' && p.account_id === accountId);
  }

  adminsGroup(g: SimGroup): boolean {
    return this.adminsAccount(g.account_id) || this.privs.some((p) => p.level === 'group_admin' && p.group_id === g.id);
  }

  adminsServer(s: SimServer): boolean {
    const g = this.state.groups.get(s.group_id);
    return (g !== undefined && this.adminsGroup(g)) || this.privs.some((p) => p.level === 'vm_admin' && p.virtual_machine_id === s.id);
  }

  /**
   * Whether this actor may manage the privileges on the thing a privilege is on (list, grant,
   * revoke): group administration at least — a vm_admin cannot hand their server to others.
   */
  adminsTargetOf(p: Pick<SimPrivilege, 'account_id' | 'group_id' | 'virtual_machine_id'>): boolean {
    if (p.account_id !== undefined) return this.adminsAccount(p.account_id);
    const groupId = p.group_id ?? (p.virtual_machine_id !== undefined ? this.state.vms.get(p.virtual_machine_id)?.group_id : undefined);
    const g = groupId === undefined ? undefined : this.state.groups.get(groupId);
    return g !== undefined && this.adminsGroup(g);
  }

  forbidden(what: string): Reply {
    return text(403, `Forbidden: user '${this.username}' may read ${what} but not change it; ask an account administrator for a higher privilege`);
  }

  account(ref: string): Found<SimAccount> {
    const a = this.state.accountByRef(ref);
    if (!a || !this.seesAccount(a)) return { ok: false, reply: notFound(`account '${ref}'`) };
    return { ok: true, value: a };
  }
}
