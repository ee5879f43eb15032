// Plain API-shaped objects for the pure tree tests, parsed through the real schemas so a test
// cannot build something the client would never hand over.
import { AccountSchema, VirtualMachineSchema, type Account, type VirtualMachine } from '../../src/api/schemas';

let nextId = 1;

export function vm(over: Partial<VirtualMachine> & { name: string; group_id?: number }): VirtualMachine {
  const id = over.id ?? 1000 + nextId++;
  return VirtualMachineSchema.parse({
    id,
    group_id: 10,
    power_on: true,
    autoreboot_on: true,
    deleted: false,
    cores: 2,
    memory: 4096,
    hostname: `${over.name}.default.demo.uk0.bigv.io`,
    management_address: '10.0.0.1',
    zone_name: 'york',
    head: 'head1',
    hardware_profile: 'virtio2013',
    last_imaged_with: 'buster',
    discs: [{ id: id * 10, label: 'vda', size: 25600, storage_grade: 'sata' }],
    network_interfaces: [{ id: id * 10 + 1, ips: ['46.43.1.2', '2001:41c8::2'], extra_ips: {} }],
    ...over,
  });
}

export interface GroupSpec {
  id: number;
  name: string;
  vms: VirtualMachine[];
}

export function account(id: number, name: string, groups: GroupSpec[]): Account {
  return AccountSchema.parse({
    id,
    name,
    suspended: false,
    groups: groups.map((g) => ({ id: g.id, name: g.name, account_id: id, virtual_machines: g.vms.map((v) => ({ ...v, group_id: g.id })) })),
  });
}

/** Deep copy, as a fresh overview response would be. */
export function clone<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}
