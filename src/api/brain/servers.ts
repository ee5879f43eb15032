// Creating servers and changing them: the PUT bodies the official clients send (reference B.3.2),
// one method per change so callers cannot mix a move into a resize by accident.
import * as z from 'zod/mini';
import { describeServer, serverPath } from '../paths';
import { VirtualMachineSchema, type VirtualMachine } from '../schemas';
import type { CallOptions, ServerPatch, ServerRef } from '../types';
import type { BrainCaller } from './caller';
import { describeGroup, groupPath, type CreateServerSpec, type GroupRef, type NewServerSpec } from './refs';

const VmListSchema = z.array(VirtualMachineSchema);

export class ServersApi {
  constructor(private readonly c: BrainCaller) {}

  /** `GET …/groups/{g}/virtual_machines[?include_deleted=true]` (no discs or NICs: not an overview). */
  list(group: GroupRef, q: { includeDeleted?: boolean } = {}, o?: CallOptions): Promise<VirtualMachine[]> {
    const query = q.includeDeleted ? '?include_deleted=true' : '';
    return this.c.json({ method: 'GET', path: `${groupPath(group)}/virtual_machines${query}`, action: `list the servers of ${describeGroup(group)}` }, VmListSchema, 'servers', o);
  }

  /**
   * `POST …/vm_create` (202): the server exists at once and is built in the background; poll
   * `getServer` until `power_on` if it was asked to start. Returns the brain's answer when it sends one.
   */
  create(group: GroupRef, spec: CreateServerSpec, o?: CallOptions): Promise<VirtualMachine | undefined> {
    const secrets = spec.reimage ? [spec.reimage.root_password] : [];
    return this.c.maybeJson(
      { method: 'POST', path: `${groupPath(group)}/vm_create`, action: `create server ${spec.virtual_machine.name} in ${describeGroup(group)}`, body: spec, secrets },
      VirtualMachineSchema, 'server', o,
    );
  }

  /** `POST …/virtual_machines` (202): a bare machine, no discs and no image. */
  createBare(group: GroupRef, vm: NewServerSpec, o?: CallOptions): Promise<VirtualMachine | undefined> {
    return this.c.maybeJson(
      { method: 'POST', path: `${groupPath(group)}/virtual_machines`, action: `create server ${vm.name} in ${describeGroup(group)}`, body: vm },
      VirtualMachineSchema, 'server', o,
    );
  }

  /** Partial update (PATCH semantics), answering the updated server when the brain sends it. */
  update(ref: ServerRef, patch: ServerPatch, action = `update ${describeServer(ref)}`, o?: CallOptions): Promise<VirtualMachine | undefined> {
    return this.c.maybeJson({ method: 'PUT', path: serverPath(ref), action, body: patch }, VirtualMachineSchema, 'server', o);
  }

  /** A change whose answer nothing needs (power): not read, so an odd 2xx body cannot turn a write that happened into a failure. */
  set(ref: ServerRef, patch: ServerPatch, o?: CallOptions): Promise<void> {
    return this.c.send({ method: 'PUT', path: serverPath(ref), action: `update ${describeServer(ref)}`, body: patch }, o);
  }

  /** Cores and/or memory (MiB). The brain may refuse some changes while the server runs; they apply at the next restart. */
  resize(ref: ServerRef, size: { cores?: number; memory?: number }, o?: CallOptions): Promise<VirtualMachine | undefined> {
    const body: ServerPatch = {};
    if (size.cores !== undefined) body.cores = size.cores;
    if (size.memory !== undefined) body.memory = size.memory;
    return this.update(ref, body, `resize ${describeServer(ref)}`, o);
  }

  rename(ref: ServerRef, name: string, o?: CallOptions): Promise<VirtualMachine | undefined> {
    return this.update(ref, { name }, `rename ${describeServer(ref)} to ${name}`, o);
  }

  /** Attach an ISO by URL, or eject with `null` (sent as `cdrom_url: null`, not the CLI's no-op `{}`). */
  setCdrom(ref: ServerRef, url: string | null, o?: CallOptions): Promise<VirtualMachine | undefined> {
    return this.update(ref, { cdrom_url: url }, url === null ? `eject the CD of ${describeServer(ref)}` : `attach a CD to ${describeServer(ref)}`, o);
  }

  setHardwareProfile(ref: ServerRef, profile: string, locked?: boolean, o?: CallOptions): Promise<VirtualMachine | undefined> {
    const body: ServerPatch = { hardware_profile: profile };
    if (locked !== undefined) body.hardware_profile_locked = locked;
    return this.update(ref, body, `change the hardware profile of ${describeServer(ref)}`, o);
  }

  setHardwareProfileLocked(ref: ServerRef, locked: boolean, o?: CallOptions): Promise<VirtualMachine | undefined> {
    return this.update(ref, { hardware_profile_locked: locked }, `${locked ? 'lock' : 'unlock'} the hardware profile of ${describeServer(ref)}`, o);
  }

  /** A keymap from the definitions, or `null` for the default. */
  setKeymap(ref: ServerRef, keymap: string | null, o?: CallOptions): Promise<VirtualMachine | undefined> {
    return this.update(ref, { keymap }, `set the keymap of ${describeServer(ref)}`, o);
  }

  setAutoreboot(ref: ServerRef, on: boolean, o?: CallOptions): Promise<VirtualMachine | undefined> {
    return this.update(ref, { autoreboot_on: on }, `turn autoreboot ${on ? 'on' : 'off'} for ${describeServer(ref)}`, o);
  }

  /** Move to another group (by id; powered off only; you must administer both groups), optionally renaming. */
  move(ref: ServerRef, groupId: number, newName?: string, o?: CallOptions): Promise<VirtualMachine | undefined> {
    const body: ServerPatch = { group_id: groupId };
    if (newName !== undefined) body.name = newName;
    return this.update(ref, body, `move ${describeServer(ref)} to group #${groupId}`, o);
  }
}
