// The overview's fast check must agree with VirtualMachineSchema: same verdict, same output.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isCachedAccounts, isVirtualMachine } from '../../src/api/fastCheck';
import { AccountListSchema, VirtualMachineSchema } from '../../src/api/schemas';

const base = () => ({
  id: 7, name: 'web1', group_id: 2, power_on: true, autoreboot_on: false, deleted: false, cores: 2, memory: 2048,
  hostname: 'web1.example', management_address: '10.0.0.1', head: null, cdrom_url: null, keymap: 'en-gb',
  hardware_profile: 'virtio2013', hardware_profile_locked: false, zone_name: 'york', last_imaged_with: 'buster', type: 'vm',
  discs: [{ id: 1, label: 'vda', size: 25600, storage_grade: 'sata', storage_pool: 'p1', virtual_machine_id: 7, backup_count: 1, backups_enabled: true, backup_schedules: [{ id: 3, start_at: '2026-01-01 00:00:00', interval_seconds: 86400, capacity: 2 }] }],
  network_interfaces: [{ id: 9, label: 'eth0', ips: ['46.43.1.2', '2001:db8::1'], extra_ips: { '46.43.1.9': '46.43.1.2' }, mac: 'aa:bb', vlan_num: 5, virtual_machine_id: 7 }],
});

const junk = fc.oneof(
  fc.constant(null), fc.constant(undefined), fc.boolean(), fc.integer(), fc.double(), fc.string({ maxLength: 4 }),
  fc.constant(2 ** 60), fc.constant([]), fc.constant({}), fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }),
);

/** A path into the base object: a top-level key, or one inside the first disc, schedule or NIC. */
const where = fc.constantFrom(
  ...Object.keys(base()).map((k) => [k]),
  ...Object.keys(base().discs[0]!).map((k) => ['discs', 0, k]),
  ...Object.keys(base().discs[0]!.backup_schedules[0]!).map((k) => ['discs', 0, 'backup_schedules', 0, k]),
  ...Object.keys(base().network_interfaces[0]!).map((k) => ['network_interfaces', 0, k]),
  ['network_interfaces', 0, 'ips', 0], ['network_interfaces', 0, 'extra_ips', '46.43.1.9'], ['extra'],
);

function mutate(obj: Record<string, unknown>, path: (string | number)[], value: unknown, remove: boolean): void {
  let cur: Record<string | number, unknown> = obj;
  for (const p of path.slice(0, -1)) {
    const next = cur[p];
    // An earlier mutation replaced a parent with something else: nothing left to reach.
    if (typeof next !== 'object' || next === null) return;
    cur = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  // JSON has no holes in arrays: removing an element shortens the array.
  if ((remove || value === undefined) && Array.isArray(cur) && typeof last === 'number') cur.splice(last, 1);
  else if (remove || value === undefined) delete cur[last];
  else cur[last] = value;
}

describe('api/fastCheck agrees with VirtualMachineSchema', () => {
  it('on the same verdict and the same output, for thousands of damaged servers', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(where, junk, fc.boolean()), { minLength: 0, maxLength: 3 }), (mutations) => {
        const raw = base() as Record<string, unknown>;
        for (const [path, value, remove] of mutations) mutate(raw, path, value, remove);
        const viaZod = VirtualMachineSchema.safeParse(structuredClone(raw));
        const copy = structuredClone(raw);
        const fast = isVirtualMachine(copy);
        assert.equal(fast, viaZod.success, JSON.stringify(mutations));
        if (fast && viaZod.success) assert.deepEqual(copy, viaZod.data);
        if (!fast) assert.deepEqual(copy, raw, 'a refused server is left as it came');
      }),
      { seed: 20261123, numRuns: 4000 },
    );
  });
});

describe('api/fastCheck: the cached tree agrees with AccountListSchema', () => {
  const accounts = () => [{ id: 1, name: 'demo', suspended: false, groups: [{ id: 2, name: 'web', account_id: 1, type: 'g', virtual_machines: [base()] }] }];
  const accountWhere = fc.constantFrom<(string | number)[]>(
    [0, 'id'], [0, 'name'], [0, 'suspended'], [0, 'groups'],
    [0, 'groups', 0, 'id'], [0, 'groups', 0, 'name'], [0, 'groups', 0, 'account_id'], [0, 'groups', 0, 'type'], [0, 'groups', 0, 'virtual_machines'],
    [0, 'groups', 0, 'virtual_machines', 0, 'power_on'], [0, 'groups', 0, 'virtual_machines', 0, 'name'],
  );

  it('on the same verdict for damaged accounts, groups and servers', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(accountWhere, junk, fc.boolean()), { minLength: 0, maxLength: 3 }), (mutations) => {
        const raw = accounts() as unknown as Record<string, unknown>;
        for (const [path, value, remove] of mutations) mutate(raw, path, value, remove);
        assert.equal(isCachedAccounts(structuredClone(raw)), AccountListSchema.safeParse(structuredClone(raw)).success, JSON.stringify(mutations));
      }),
      { seed: 20261207, numRuns: 2000 },
    );
  });
});
