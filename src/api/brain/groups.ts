// Groups: list, read (by name or id), create, rename, delete (optionally purging its servers first,
// as the CLI's `delete group --recursive` does, since the brain refuses a non-empty group).
import * as z from 'zod/mini';
import { seg, serverPath } from '../paths';
import { GroupSchema, type Group } from '../schemas';
import type { CallOptions } from '../types';
import type { BrainCaller } from './caller';
import { accountPath, describeGroup, groupPath, type AccountRef, type GroupRef } from './refs';

const GroupListSchema = z.array(GroupSchema);
const OVERVIEW = '?view=overview&include_deleted=true';

export class GroupsApi {
  constructor(private readonly c: BrainCaller) {}

  list(account: AccountRef, o?: CallOptions): Promise<Group[]> {
    return this.c.json({ method: 'GET', path: `${accountPath(account)}/groups`, action: `list the groups of account ${account.account}` }, GroupListSchema, 'groups', o);
  }

  /** With its servers (deleted ones too), as the Go CLI reads a group. */
  get(ref: GroupRef, o?: CallOptions): Promise<Group> {
    return this.c.json({ method: 'GET', path: groupPath(ref) + OVERVIEW, action: `read ${describeGroup(ref)}` }, GroupSchema, 'group', o);
  }

  /** The non-nested `GET /groups/{id}`. */
  getById(id: number, o?: CallOptions): Promise<Group> {
    return this.c.json({ method: 'GET', path: `/groups/${seg(id)}${OVERVIEW}`, action: `read group #${id}` }, GroupSchema, 'group', o);
  }

  create(account: AccountRef, name: string, o?: CallOptions): Promise<Group | undefined> {
    return this.c.maybeJson({ method: 'POST', path: `${accountPath(account)}/groups`, action: `create group ${name} in account ${account.account}`, body: { name } }, GroupSchema, 'group', o);
  }

  /** Renaming changes every server's hostname in the group. Some brains answer with no body. */
  rename(ref: GroupRef, name: string, o?: CallOptions): Promise<Group | undefined> {
    return this.c.maybeJson({ method: 'PUT', path: groupPath(ref), action: `rename ${describeGroup(ref)} to ${name}`, body: { name } }, GroupSchema, 'group', o);
  }

  /**
   * The brain refuses to delete a group that holds servers (deleted ones included). With
   * `purgeServers`, each is purged first — for good, with no undo.
   */
  async delete(ref: GroupRef, opts: { purgeServers?: boolean } = {}, o?: CallOptions): Promise<void> {
    if (opts.purgeServers) {
      const group = await this.get(ref, o);
      for (const vm of group.virtual_machines ?? []) {
        const server = { account: ref.account, group: ref.group, server: vm.name };
        await this.c.send({ method: 'DELETE', path: `${serverPath(server)}?purge=true`, action: `permanently delete server ${vm.name} of ${describeGroup(ref)}` }, o);
      }
    }
    await this.c.send({ method: 'DELETE', path: groupPath(ref), action: `delete ${describeGroup(ref)}` }, o);
  }
}
