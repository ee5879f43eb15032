// The brain (Cloud Servers API). Servers are always addressed through the nested path
// (account/group/server), by names or ids, because non-nested paths are read-only.
// Reads, signals, reimage and delete are methods here; everything else is grouped by resource:
// `brain.servers` (power too: a partial update, see model/operations/power.ts), `.groups`,
// `.discs`, `.backups`, `.network`, `.users`, `.privileges`, `.apiKeys`.
import { BackupsApi } from './brain/backups';
import { BrainCaller, readJson } from './brain/caller';
import { DiscsApi } from './brain/discs';
import { GroupsApi } from './brain/groups';
import { NetworkApi } from './brain/network';
import { ApiKeysApi, PrivilegesApi, UsersApi } from './brain/people';
import { ServersApi } from './brain/servers';
import { toDefinitions, DefinitionsShapeError } from './definitions';
import { InvalidResponseError } from './errors';
import { describeServer, seg, serverPath } from './paths';
import { parseOverview, RawAccountSchema, RawOverviewSchema, type Overview, type Unchanged } from './overviewItems';
import { AccountListSchema, VirtualMachineSchema, type Account, type Definitions, type VirtualMachine } from './schemas';
import { Transport } from './transport';
import type { CallOptions, ReimageSpec, ServerRef, SignalName, TransportOptions } from './types';

/** Reads embed discs/NICs (overview) and include deleted servers, as the Go CLI does. */
const SERVER_READ_QUERY = '?view=overview&include_deleted=true';

export class BrainClient {
  private readonly transport: Transport;
  /** Every call but the definitions goes through it: the token and the secrets kept out of errors. */
  private readonly caller: BrainCaller;
  /** Create; any partial update (power, resize, rename, CD-ROM, hardware profile, keymap, autoreboot, move); list a group's servers. */
  readonly servers: ServersApi;
  readonly groups: GroupsApi;
  readonly discs: DiscsApi;
  /** Backups and backup schedules of a disc. */
  readonly backups: BackupsApi;
  /** NICs, extra IPs, reverse DNS, IP swaps. */
  readonly network: NetworkApi;
  /** Your user: email and SSH keys. */
  readonly users: UsersApi;
  readonly privileges: PrivilegesApi;
  readonly apiKeys: ApiKeysApi;

  /** `getToken` is asked on every call, so a new sign-in takes effect without a new client. */
  constructor(apiEndpoint: string, getToken: () => string | undefined, opts?: TransportOptions) {
    this.transport = new Transport(apiEndpoint, opts);
    this.caller = new BrainCaller(this.transport, getToken);
    this.servers = new ServersApi(this.caller);
    this.groups = new GroupsApi(this.caller);
    this.discs = new DiscsApi(this.caller);
    this.backups = new BackupsApi(this.caller);
    this.network = new NetworkApi(this.caller);
    this.users = new UsersApi(this.caller);
    this.privileges = new PrivilegesApi(this.caller);
    this.apiKeys = new ApiKeysApi(this.caller);
  }

  /** `GET /accounts?view=overview[&include_deleted=true]`: the whole visible estate in one call. */
  async getAccounts(q: { includeDeleted?: boolean }, o?: CallOptions): Promise<Account[]> {
    const query = q.includeDeleted ? '?view=overview&include_deleted=true' : '?view=overview';
    return this.caller.json({ method: 'GET', path: `/accounts${query}`, action: 'list your accounts' }, AccountListSchema, 'accounts', o);
  }

  /**
   * The same overview, item by item: what the schema refuses comes back in `invalid`, not as a
   * failure. `unchanged` offers the data already held, so an unchanged server is not checked again.
   */
  async getOverview(q: { includeDeleted?: boolean; unchanged?: Unchanged }, o?: CallOptions): Promise<Overview> {
    const query = q.includeDeleted ? '?view=overview&include_deleted=true' : '?view=overview';
    const raw = await this.caller.json({ method: 'GET', path: `/accounts${query}`, action: 'list your accounts' }, RawOverviewSchema, 'accounts', o);
    return parseOverview(raw, q.unchanged);
  }

  /**
   * `GET /accounts/{id}?view=overview&include_deleted=true`: one account with every server in it,
   * each as `getServer` reads it (discs and NICs embedded, deleted ones included), item by item.
   * The poller's one read for many changing servers of an account.
   */
  async getAccountOverview(accountId: number, q: { unchanged?: Unchanged } = {}, o?: CallOptions): Promise<Overview> {
    const raw = await this.caller.json(
      { method: 'GET', path: `/accounts/${seg(accountId)}${SERVER_READ_QUERY}`, action: `read account #${accountId}`, bodyKind: 'overview' },
      RawAccountSchema, 'account', o,
    );
    return parseOverview([raw], q.unchanged);
  }

  async getServer(ref: ServerRef, o?: CallOptions): Promise<VirtualMachine> {
    return this.caller.json({ method: 'GET', path: serverPath(ref) + SERVER_READ_QUERY, action: `read ${describeServer(ref)}` }, VirtualMachineSchema, 'server', o);
  }

  /** `data` is only meaningful for `sendkey` (e.g. `ctrl-alt-del`). The server must be powered on. */
  async signal(ref: ServerRef, signal: SignalName, data?: string, o?: CallOptions): Promise<void> {
    const body: { signal: SignalName; data?: string } = { signal };
    if (data !== undefined) body.data = data;
    const verb = signal === 'sendkey' ? 'send keys to' : `send ${signal} to`;
    await this.caller.send({ method: 'POST', path: `${serverPath(ref)}/signal`, action: `${verb} ${describeServer(ref)}`, body }, o);
  }

  /** The server must be powered off; the brain powers it on afterwards with autoreboot off. */
  async reimage(ref: ServerRef, spec: ReimageSpec, o?: CallOptions): Promise<void> {
    const body: Record<string, string> = { distribution: spec.distribution, root_password: spec.root_password };
    if (spec.ssh_public_key !== undefined) body.ssh_public_key = spec.ssh_public_key;
    if (spec.firstboot_script !== undefined) body.firstboot_script = spec.firstboot_script;
    await this.caller.send({ method: 'POST', path: `${serverPath(ref)}/reimage`, action: `reimage ${describeServer(ref)}`, body, secrets: [spec.root_password] }, o);
  }

  /** Soft delete (restorable for a while), or with `purge` gone for good. */
  async deleteServer(ref: ServerRef, opts?: { purge?: boolean }, o?: CallOptions): Promise<void> {
    const purge = opts?.purge === true;
    await this.caller.send(
      { method: 'DELETE', path: serverPath(ref) + (purge ? '?purge=true' : ''), action: `${purge ? 'permanently delete' : 'delete'} ${describeServer(ref)}` },
      o,
    );
  }

  /** `PUT {"deleted": false}`. */
  async undeleteServer(ref: ServerRef, o?: CallOptions): Promise<void> {
    await this.caller.send({ method: 'PUT', path: serverPath(ref), action: `restore ${describeServer(ref)}`, body: { deleted: false } }, o);
  }

  /** `GET /definitions`, which needs no session (so it is sent without one). */
  async getDefinitions(o?: CallOptions): Promise<Definitions> {
    const res = await this.transport.send({ method: 'GET', path: '/definitions', action: 'load the BigV definitions (images, keymaps…)', accept: 'json' }, o);
    if (res.text.trim() === '') throw new InvalidResponseError('the body was empty (expected JSON)', res.ctx, res.status);
    const raw = readJson(res);
    try {
      return toDefinitions(raw);
    } catch (e) {
      if (e instanceof DefinitionsShapeError) throw new InvalidResponseError(e.message, res.ctx, res.status);
      throw e;
    }
  }
}
