// The overview read item by item: whatever the schema refuses spoils only itself.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseOverview } from '../../src/api/overviewItems';

const vm = (id: number, name: string) => ({ id, name, group_id: 10, power_on: true, autoreboot_on: true, deleted: false, cores: 1, memory: 1024 });

describe('api/overviewItems: one bad item spoils only itself', () => {
  it('a server with a wrong field is named with the field; its neighbours arrive', () => {
    const raw = [{ id: 1, name: 'demo', groups: [{ id: 10, name: 'g', virtual_machines: [vm(1, 'ok'), { ...vm(2, 'bad'), power_on: 'yes' }, vm(3, 'ok2')] }] }];
    const { accounts, invalid } = parseOverview(raw);
    assert.deepEqual(accounts[0]!.groups![0]!.virtual_machines!.map((v) => v.name), ['ok', 'ok2']);
    assert.equal(invalid.length, 1);
    assert.deepEqual({ kind: invalid[0]!.kind, name: invalid[0]!.name, accountId: invalid[0]!.accountId, groupId: invalid[0]!.groupId }, { kind: 'server', name: 'bad', accountId: 1, groupId: 10 });
    assert.match(invalid[0]!.reason, /^accounts\[0\]\.groups\[0\]\.virtual_machines\[1\]\.power_on: /);
  });

  it('for any one item broken anywhere, every other server still arrives', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 11 }), fc.constantFrom<unknown>(null, 'x', 7, [], { id: 'x' }), (broken, junk) => {
        let n = 0;
        const groups = [0, 1, 2].map((g) => ({ id: 10 + g, name: `g${g}`, virtual_machines: [0, 1, 2, 3].map(() => vm(n, `s${n++}`)) as unknown[] }));
        groups[Math.floor(broken / 4)]!.virtual_machines[broken % 4] = junk;
        const { accounts, invalid } = parseOverview([{ id: 1, name: 'a', groups }]);
        const names = accounts.flatMap((a) => (a.groups ?? []).flatMap((g) => (g.virtual_machines ?? []).map((v) => v.name)));
        assert.equal(names.length, 11);
        assert.ok(!names.includes(`s${broken}`));
        assert.equal(invalid.length, 1);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('api/overviewItems: servers the caller already holds', () => {
  it('an item the caller vouches for is taken as the held object; the others are checked as ever', () => {
    const held = vm(1, 'a');
    const asked: number[] = [];
    const unchanged = (id: number) => {
      asked.push(id);
      return id === 1 ? held : undefined;
    };
    const raw = [{ id: 1, name: 'demo', groups: [{ id: 10, name: 'g', virtual_machines: [vm(1, 'a'), 'junk', vm(2, 'b'), { ...vm(3, 'c'), power_on: 'yes' }] }] }];
    const { accounts, invalid } = parseOverview(raw, unchanged);
    const vms = accounts[0]!.groups![0]!.virtual_machines!;
    assert.equal(vms[0], held);
    assert.equal(vms[1], raw[0]!.groups[0]!.virtual_machines[2], 'checked (and accepted) in place');
    assert.equal(vms.length, 2);
    assert.deepEqual(asked, [1, 2, 3], 'only items with an id are offered');
    assert.deepEqual(invalid.map((i) => i.name), ['server 2', 'c']);
  });
});
