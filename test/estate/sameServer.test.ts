// The named-field comparison of the reload's hot path must answer exactly as the full walk does,
// whatever the two servers hold: damaged fields, missing ones, fields the schema does not name.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sameData } from '../../src/estate/sameData';
import { sameServer } from '../../src/estate/sameServer';
import { vm } from './fixtures';

const base = (): Record<string, unknown> =>
  JSON.parse(JSON.stringify(vm({
    id: 7, name: 'web1', type: 'vm', head: null, cdrom_url: null, keymap: 'en-gb', hardware_profile_locked: false,
    discs: [{ id: 1, label: 'vda', size: 25600, storage_grade: 'sata', storage_pool: 'p1', virtual_machine_id: 7, backup_count: 1, backups_enabled: true, backup_schedules: [{ id: 3, start_at: '2026-01-01 00:00:00', interval_seconds: 86400 }] }],
    network_interfaces: [{ id: 9, label: 'eth0', ips: ['46.43.1.2', '2001:db8::1'], extra_ips: { '46.43.1.9': '46.43.1.2' }, mac: 'aa:bb', vlan_num: 5, virtual_machine_id: 7 }],
  }))) as Record<string, unknown>;

const junk = fc.oneof(
  fc.constant(null), fc.boolean(), fc.integer({ min: 0, max: 3 }), fc.string({ maxLength: 2 }), fc.constant('web1'), fc.constant(7),
  fc.constant([]), fc.constant({}), fc.constant(['46.43.1.2']), fc.constant({ id: 1 }),
);

const b0 = base() as { discs: Record<string, unknown>[]; network_interfaces: Record<string, unknown>[] };
const where = fc.constantFrom<(string | number)[]>(
  ...Object.keys(b0).map((k) => [k]),
  ...Object.keys(b0.discs[0]!).map((k) => ['discs', 0, k]),
  ['discs', 0, 'backup_schedules', 0, 'interval_seconds'], ['discs', 1],
  ...Object.keys(b0.network_interfaces[0]!).map((k) => ['network_interfaces', 0, k]),
  ['network_interfaces', 0, 'ips', 0], ['network_interfaces', 0, 'extra_ips', '46.43.1.9'], ['network_interfaces', 0, 'extra'],
  ['discs', 0, 'extra'], ['extra'],
);

type Mutation = [(string | number)[], unknown, boolean];

function mutated(mutations: readonly Mutation[]): Record<string, unknown> {
  const obj = base();
  for (const [path, value, remove] of mutations) {
    let cur = obj as Record<string | number, unknown>;
    for (const p of path.slice(0, -1)) {
      const next = cur[p];
      if (typeof next !== 'object' || next === null) break;
      cur = next as Record<string | number, unknown>;
    }
    const last = path[path.length - 1]!;
    if (remove) delete cur[last];
    else cur[last] = structuredClone(value);
  }
  return obj;
}

describe('estate/sameServer answers as the full walk does', () => {
  it('for thousands of pairs of damaged, trimmed or extended servers, either way round', () => {
    const mutation = fc.tuple(where, junk, fc.boolean());
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 3 }), fc.array(mutation, { maxLength: 2 }), fc.boolean(), (shared, more, alsoToA) => {
        const a = mutated(alsoToA ? [...shared, ...more] : shared);
        const b = mutated([...shared, ...more]);
        const expected = sameData(a, b);
        assert.equal(sameServer(a, b), expected, JSON.stringify([shared, more, alsoToA]));
        assert.equal(sameServer(b, a), expected, JSON.stringify([shared, more, alsoToA, 'reversed']));
      }),
      { seed: 20261124, numRuns: 4000 },
    );
  });

  it('the same data with a field the schema does not name is the same; a different value in it is not', () => {
    const a = { ...base(), added: { x: [1, 2] } };
    assert.equal(sameServer(a, { ...base(), added: { x: [1, 2] } }), true);
    assert.equal(sameServer(a, { ...base(), added: { x: [1, 3] } }), false);
    assert.equal(sameServer(a, base()), false);
  });
});
