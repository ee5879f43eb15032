// Reloading a big tree as the loader does (the reader offered the tree's data): what did not
// change stays exactly as it was, node, data object and sorted list, and what changed among ten
// thousand servers is reported alone. A reader not offered the data gets the same tree.
import assert from 'node:assert/strict';
import { parseOverview } from '../../src/api/overviewItems';
import { Estate, type EstateChange } from '../../src/estate/estate';
import type { ServerNode } from '../../src/estate/nodes';

type Raw = { id: number; name: string; groups: { id: number; name: string; virtual_machines: Record<string, unknown>[] }[] };

function ids(change: EstateChange): string[] | 'root' {
  return change === undefined ? 'root' : change.map((n) => n.id).sort();
}

/** 10,000 servers in 2 accounts of 50 groups, in the API's order (by id), which is not by name. */
function overview(): Raw[] {
  return [1, 2].map((a) => ({
    id: a,
    name: `account ${a}`,
    groups: Array.from({ length: 50 }, (_, g) => {
      const gid = a * 100 + g;
      return {
        id: gid,
        name: `group ${g}`,
        virtual_machines: Array.from({ length: 100 }, (_, s) => {
          const id = gid * 1000 + s;
          return {
            id, name: `vm-${(s * 37) % 100}`, group_id: gid, power_on: s % 3 !== 0, autoreboot_on: true, deleted: false, cores: 2, memory: 4096,
            hostname: `vm-${id}.example`, management_address: '10.0.0.1', head: null,
            discs: [{ id: id * 10, label: 'vda', size: 25600, storage_grade: 'sata', backup_schedules: [] }],
            network_interfaces: [{ id: id * 10 + 1, ips: ['46.43.1.2', '2001:db8::2'], extra_ips: {} }],
          };
        }),
      };
    }),
  }));
}

const offered = (e: Estate, raw: Raw[]): EstateChange => {
  const o = parseOverview(raw, e.unchanged);
  return e.replace(o.accounts, true, o.invalid);
};
const unoffered = (e: Estate, raw: Raw[]): EstateChange => {
  const o = parseOverview(raw);
  return e.replace(o.accounts, true, o.invalid);
};

/** Every server's node and data object, and every group's list, to check nothing else moved. */
function snapshot(e: Estate) {
  const servers = new Map(e.servers().map((s) => [s.vm.id, { node: s, vm: s.vm }]));
  const lists = new Map(e.accountNodes.flatMap((a) => a.groups).map((g) => [g.id, g.servers]));
  return { servers, lists };
}

function assertKept(e: Estate, before: ReturnType<typeof snapshot>, except: { vm?: number; group?: string } = {}): void {
  for (const [id, b] of before.servers) {
    if (id === except.vm) continue;
    const node = e.server(id);
    // ok(===) rather than equal: a failing equal would print the whole tree, parents and all.
    assert.ok(node === b.node, `server ${id}: another node`);
    assert.ok(node.vm === b.vm, `server ${id}: another data object`);
  }
  for (const g of e.accountNodes.flatMap((a) => a.groups)) if (g.id !== except.group) assert.ok(g.servers === before.lists.get(g.id), `${g.id}: another list`);
}

describe('estate: reloading 10,000 servers', function () {
  this.timeout(20_000);

  for (const [how, load] of [['offered the tree', offered], ['checking every item again', unoffered]] as const) {
    it(`an identical reload changes nothing and keeps every node, data object and sorted list (${how})`, () => {
      const e = new Estate();
      load(e, overview());
      const before = snapshot(e);
      assert.deepEqual(ids(load(e, overview())), []);
      assertKept(e, before);
    });

    it(`one server changed among 10,000 refreshes only it (${how})`, () => {
      const e = new Estate();
      load(e, overview());
      const before = snapshot(e);
      const raw = overview();
      const changed = raw[1]!.groups[7]!.virtual_machines[42]!;
      changed.memory = 8192;
      assert.deepEqual(ids(load(e, raw)), [`server:${String(changed.id)}`]);
      const node = e.server(changed.id as number)!;
      assert.ok(node === before.servers.get(changed.id as number)!.node, 'the same node');
      assert.equal(node.vm.memory, 8192);
      assertKept(e, before, { vm: changed.id as number });
    });
  }

  it('a rename that moves a server in the order refreshes its group, sorted again', () => {
    const e = new Estate();
    offered(e, overview());
    const before = snapshot(e);
    const raw = overview();
    const renamed = raw[0]!.groups[3]!.virtual_machines[5]!;
    renamed.name = 'aaa';
    assert.deepEqual(ids(offered(e, raw)), ['group:103']);
    const group = e.server(renamed.id as number)!.parent;
    assert.equal(group.servers[0]!.vm.name, 'aaa');
    assert.deepEqual(group.servers.map((s) => s.vm.name).slice(1), before.lists.get('group:103')!.filter((s) => s.vm.id !== renamed.id).map((s) => s.vm.name));
    assertKept(e, before, { vm: renamed.id as number, group: 'group:103' });
  });

  it('a server whose data turns bad is its own marked row, the rest stays as it was; fixed, it comes back', () => {
    const e = new Estate();
    offered(e, overview());
    const before = snapshot(e);
    const raw = overview();
    const bad = raw[0]!.groups[3]!.virtual_machines[7]!;
    bad.power_on = 'yes';
    // A running server gone changes the group's rows and the account's count line.
    assert.deepEqual(ids(offered(e, raw)), ['account:1', 'group:103']);
    assert.equal(e.server(bad.id as number), undefined);
    const group = before.servers.get(bad.id as number)!.node.parent;
    assert.equal(group.problems?.length, 1);
    assert.match(group.problems![0]!.reason, /power_on/);
    assert.equal(group.servers.length, 99);
    for (const [id, b] of before.servers) if (id !== bad.id) assert.ok(e.server(id)?.vm === b.vm, `server ${id}: another data object`);

    assert.deepEqual(ids(offered(e, overview())), ['account:1', 'group:103']);
    const back: ServerNode = e.server(bad.id as number)!;
    assert.equal(back.vm.power_on, true);
    assert.deepEqual(group.problems, []);
    assert.equal(group.servers.length, 100);
  });
});
