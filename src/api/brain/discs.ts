// Discs of a server: list, read, add, grow, move to another server, delete (the brain needs
// `?purge=true`, which is always sent). Sizes are MiB.
import * as z from 'zod/mini';
import { describeServer, seg, serverPath } from '../paths';
import { DiscSchema, type Disc } from '../schemas';
import type { CallOptions, ServerRef } from '../types';
import type { BrainCaller } from './caller';
import { describeDisc, discPath, type DiscRef, type DiscSpec } from './refs';

const DiscListSchema = z.array(DiscSchema);

export class DiscsApi {
  constructor(private readonly c: BrainCaller) {}

  list(server: ServerRef, o?: CallOptions): Promise<Disc[]> {
    return this.c.json({ method: 'GET', path: `${serverPath(server)}/discs`, action: `list the discs of ${describeServer(server)}` }, DiscListSchema, 'discs', o);
  }

  get(ref: DiscRef, o?: CallOptions): Promise<Disc> {
    return this.c.json({ method: 'GET', path: discPath(ref), action: `read ${describeDisc(ref)}` }, DiscSchema, 'disc', o);
  }

  /** The non-nested `GET /discs/{id}`. */
  getById(id: number, o?: CallOptions): Promise<Disc> {
    return this.c.json({ method: 'GET', path: `/discs/${seg(id)}`, action: `read disc #${id}` }, DiscSchema, 'disc', o);
  }

  /** At most 8 discs per server; seen by the guest after its next restart. */
  create(server: ServerRef, spec: DiscSpec, o?: CallOptions): Promise<Disc | undefined> {
    return this.c.maybeJson({ method: 'POST', path: `${serverPath(server)}/discs`, action: `add a disc to ${describeServer(server)}`, body: spec }, DiscSchema, 'disc', o);
  }

  /** Grow only: a smaller size is refused. */
  resize(ref: DiscRef, sizeMiB: number, o?: CallOptions): Promise<Disc | undefined> {
    return this.c.maybeJson({ method: 'PUT', path: discPath(ref), action: `resize ${describeDisc(ref)}`, body: { size: sizeMiB } }, DiscSchema, 'disc', o);
  }

  /** To another server (by id); both must be powered off, and a root disc cannot move. */
  move(ref: DiscRef, targetServerId: number, o?: CallOptions): Promise<Disc | undefined> {
    return this.c.maybeJson(
      { method: 'PUT', path: discPath(ref), action: `move ${describeDisc(ref)} to server #${targetServerId}`, body: { virtual_machine_id: targetServerId } },
      DiscSchema, 'disc', o,
    );
  }

  /** Gone for good, with its data. */
  delete(ref: DiscRef, o?: CallOptions): Promise<void> {
    return this.c.send({ method: 'DELETE', path: `${discPath(ref)}?purge=true`, action: `delete ${describeDisc(ref)}` }, o);
  }

  /** The non-nested `DELETE /discs/{id}?purge=true` the Go client uses. */
  deleteById(id: number, o?: CallOptions): Promise<void> {
    return this.c.send({ method: 'DELETE', path: `/discs/${seg(id)}?purge=true`, action: `delete disc #${id}` }, o);
  }
}
