// NICs (read-only), extra IPs (`ip_create`), reverse DNS per address (`/ips/{ip}`, as in the
// real API: the overview does not carry it), removing an extra IP, swapping two servers' IPs.
import * as z from 'zod/mini';
import { describeServer, seg, serverPath } from '../paths';
import { NetworkInterfaceSchema, VirtualMachineSchema, type NetworkInterface } from '../schemas';
import { IpCreateResultSchema, IpSchema, type IpAddress, type IpCreateResult } from '../resourceSchemas';
import type { CallOptions, ServerRef } from '../types';
import type { BrainCaller } from './caller';
import type { IpCreateSpec } from './refs';
import { InvalidResponseError } from '../errors';

const NicListSchema = z.array(NetworkInterfaceSchema);

export class NetworkApi {
  constructor(private readonly c: BrainCaller) {}

  nics(server: ServerRef, o?: CallOptions): Promise<NetworkInterface[]> {
    return this.c.json({ method: 'GET', path: `${serverPath(server)}/nics`, action: `list the network interfaces of ${describeServer(server)}` }, NicListSchema, 'nics', o);
  }

  nic(server: ServerRef, nicId: number, o?: CallOptions): Promise<NetworkInterface> {
    return this.c.json({ method: 'GET', path: `${serverPath(server)}/nics/${seg(nicId)}`, action: `read network interface #${nicId} of ${describeServer(server)}` }, NetworkInterfaceSchema, 'nic', o);
  }

  /**
   * Adds 1–4 extra IPv4 addresses, routed via the NIC's primary address. Without `nicId` the
   * server's first NIC is used (read first, as the Go client does). Resolves to the new addresses.
   */
  async addIps(server: ServerRef, spec: IpCreateSpec, nicId?: number, o?: CallOptions): Promise<string[]> {
    let id = nicId;
    if (id === undefined) {
      const action = `read ${describeServer(server)}`;
      const vm = await this.c.json({ method: 'GET', path: `${serverPath(server)}?view=overview&include_deleted=true`, action }, VirtualMachineSchema, 'server', o);
      id = vm.network_interfaces?.[0]?.id;
      if (id === undefined) throw new InvalidResponseError('the server has no network interface to add addresses to', { action: `add IPs to ${describeServer(server)}`, endpoint: `GET ${serverPath(server)}` });
    }
    const body = { addresses: spec.addresses, family: spec.family ?? 'ipv4', reason: spec.reason, contiguous: spec.contiguous ?? false };
    const res: IpCreateResult = await this.c.json(
      { method: 'POST', path: `${serverPath(server)}/nics/${seg(id)}/ip_create`, action: `add ${spec.addresses} IP address${spec.addresses === 1 ? '' : 'es'} to ${describeServer(server)}`, body },
      IpCreateResultSchema, 'ip_create', o,
    );
    return res.ips;
  }

  getIp(ip: string, o?: CallOptions): Promise<IpAddress> {
    return this.c.json({ method: 'GET', path: `/ips/${seg(ip)}`, action: `read the reverse DNS of ${ip}` }, IpSchema, 'ip', o);
  }

  /** A host name, or `null` to go back to Bytemark's default. */
  setRdns(ip: string, rdns: string | null, o?: CallOptions): Promise<IpAddress | undefined> {
    return this.c.maybeJson({ method: 'PUT', path: `/ips/${seg(ip)}`, action: `set the reverse DNS of ${ip}`, body: { rdns } }, IpSchema, 'ip', o);
  }

  /** Removes an extra address (a primary one goes with its server). */
  deleteIp(ip: string, o?: CallOptions): Promise<void> {
    return this.c.send({ method: 'DELETE', path: `/ips/${seg(ip)}`, action: `remove IP address ${ip}` }, o);
  }

  /** Both servers powered off; with `moveAdditional`, the extra IPs move too. */
  swapIps(serverId1: number, serverId2: number, moveAdditional = false, o?: CallOptions): Promise<void> {
    return this.c.send({
      method: 'POST', path: '/ips/swap_virtual_machine_ips', action: `swap the IP addresses of servers #${serverId1} and #${serverId2}`,
      body: { virtual_machine_1_id: serverId1, virtual_machine_2_id: serverId2, move_additional_ips: moveAdditional },
    }, o);
  }
}
