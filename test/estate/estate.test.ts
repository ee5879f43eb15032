import assert from 'node:assert/strict';
import { Estate, type EstateChange } from '../../src/estate/estate';
import type { AccountNode, EstateNode, GroupNode, ServerNode } from '../../src/estate/nodes';
import { account, clone, vm } from './fixtures';

function ids(change: EstateChange): string[] | 'root' {
  return change === undefined ? 'root' : change.map((n) => n.id).sort();
}

function seed() {
  return [
    account(2, 'demo', [
      { id: 20, name: 'default', vms: [vm({ id: 201, name: 'web2' }), vm({ id: 200, name: 'web1' }), vm({ id: 202, name: 'db', power_on: false, autoreboot_on: false })] },
      { id: 21, name: 'backups', vms: [] },
    ]),
    account(1, 'acme', [{ id: 10, name: 'default', vms: [vm({ id: 100, name: 'app10' }), vm({ id: 101, name: 'app9' })] }]),
  ];
}

function labels(estate: Estate, node?: EstateNode): string[] {
  return estate.children(node).map((n) =>
    n.kind === 'account' ? n.account.name : n.kind === 'group' ? n.group.name : n.kind === 'server' ? n.vm.name : n.kind === 'placeholder' ? `(${n.label})` : n.kind === 'problem' ? `?${n.label}` : n.kind === 'error' ? `!${n.message}` : n.id,
  );
}

describe('Estate', () => {
  it('shows nothing before the first load, and the whole tree changes on it', () => {
    const e = new Estate();
    assert.deepEqual(e.children(), []);
    const events: EstateChange[] = [];
    e.onDidChange((c) => events.push(c));
    assert.equal(e.replace(seed(), false), undefined);
    assert.deepEqual(events, [undefined]);
  });

  it('builds accounts → groups → servers sorted by name (numbers in natural order), with placeholders', () => {
    const e = new Estate();
    e.replace(seed(), false);
    assert.deepEqual(labels(e), ['acme', 'demo']);
    const [acme, demo] = e.children() as AccountNode[];
    assert.deepEqual(labels(e, demo), ['backups', 'default']);
    const [backups, def] = e.children(demo) as GroupNode[];
    assert.deepEqual(labels(e, def), ['db', 'web1', 'web2']);
    assert.deepEqual(labels(e, backups), ['(No servers)']);
    assert.deepEqual(labels(e, e.children(acme!)[0]), ['app9', 'app10']);
    assert.equal(e.server(200)?.id, 'server:200');
    assert.equal(def!.id, 'group:20');
    assert.equal(demo!.id, 'account:2');
    assert.equal(e.parentOf(e.server(200)!), def);
    assert.equal(e.parentOf(def!), demo);
  });

  it('an identical reload changes nothing and keeps every node object', () => {
    const e = new Estate();
    e.replace(seed(), false);
    const before = new Map(e.servers().map((s) => [s.id, s]));
    const groups = e.accountNodes.flatMap((a) => a.groups);
    let fired = 0;
    e.onDidChange(() => fired++);
    assert.deepEqual(ids(e.replace(clone(seed()), false)), []);
    assert.equal(fired, 0);
    for (const s of e.servers()) assert.equal(s, before.get(s.id), `${s.id} was replaced`);
    assert.deepEqual(e.accountNodes.flatMap((a) => a.groups), groups);
  });

  it('a changed server field refreshes only that server', () => {
    const e = new Estate();
    e.replace(seed(), false);
    const web1 = e.server(200)!;
    const data = seed();
    data[0]!.groups![0]!.virtual_machines![1]!.cores = 8; // web1 (the API order is not sorted)
    assert.deepEqual(ids(e.replace(data, false)), ['server:200']);
    assert.equal(e.server(200), web1);
    assert.equal(web1.vm.cores, 8);
  });

  it('a power change also refreshes the rows whose counts changed (a count line covers no row below it)', () => {
    const e = new Estate();
    e.replace(seed(), false);
    const data = seed();
    data[0]!.groups![0]!.virtual_machines![2]!.power_on = true; // db
    assert.deepEqual(ids(e.replace(data, false)), ['account:2', 'group:20', 'server:202']);
  });

  it('adding and removing servers refreshes their group; moving refreshes both groups', () => {
    const e = new Estate();
    e.replace(seed(), false);
    const moved = seed();
    const web2 = moved[0]!.groups![0]!.virtual_machines!.shift()!;
    moved[0]!.groups![1]!.virtual_machines!.push({ ...web2, group_id: 21 });
    const web2Node = e.server(201)!;
    assert.deepEqual(ids(e.replace(moved, false)), ['group:20', 'group:21']);
    assert.equal(e.server(201), web2Node, 'same node after a move');
    assert.equal(web2Node.parent.id, 'group:21');
    assert.deepEqual(labels(e, web2Node.parent), ['web2']);
  });

  it('a new or vanished account changes the root', () => {
    const e = new Estate();
    e.replace(seed(), false);
    assert.equal(e.replace(seed().slice(0, 1), false), undefined);
    assert.deepEqual(labels(e), ['demo']);
    assert.equal(e.server(100), undefined);
  });

  it('deleted servers appear only when included', () => {
    const withDeleted = seed();
    withDeleted[0]!.groups![1]!.virtual_machines!.push(vm({ id: 299, name: 'old', deleted: true, group_id: 21 }));
    const e = new Estate();
    e.replace(withDeleted, false);
    assert.equal(e.server(299), undefined, 'ignored when not asked for');
    e.replace(withDeleted, true);
    assert.equal(e.server(299)?.vm.deleted, true);
    assert.equal(e.includeDeleted, true);
  });

  describe('patchServer (a single-server GET)', () => {
    it('updates the node in place and reports it (with its containers when counts change)', () => {
      const e = new Estate();
      e.replace(seed(), false);
      const node = e.server(202)!;
      const changes: EstateChange[] = [];
      e.onDidChange((c) => changes.push(c));
      const fresh = clone(node.vm);
      fresh.memory = 8192;
      assert.equal(e.patchServer(fresh), node);
      assert.deepEqual(changes.map(ids), [['server:202']]);
      const on = { ...clone(fresh), power_on: true };
      const counts: string[][] = [];
      e.onDidChange((_c, countsOnly) => counts.push([...countsOnly].map((n) => n.id).sort()));
      e.patchServer(on);
      // The server's row, and its containers named as count lines alone: an open container is
      // redrawn with every row under it, so the tree may put that off (ui/countLines.ts).
      assert.deepEqual(changes.map(ids)[1], ['account:2', 'group:20', 'server:202']);
      assert.deepEqual(counts, [['account:2', 'group:20']]);
      e.patchServer(clone(on));
      assert.equal(changes.length, 2, 'an identical read fires nothing');
    });

    it('removes a server that became deleted while deleted ones are hidden', () => {
      const e = new Estate();
      e.replace(seed(), false);
      e.patchServer({ ...clone(e.server(200)!.vm), deleted: true, power_on: false });
      assert.equal(e.server(200), undefined);
      assert.deepEqual(labels(e, e.accountNodes[1]!.groups[1]), ['db', 'web2']);
    });

    it('keeps it, marked deleted, while deleted ones are shown', () => {
      const e = new Estate();
      e.replace(seed(), true);
      const node = e.server(200)!;
      e.patchServer({ ...clone(node.vm), deleted: true });
      assert.equal(e.server(200), node);
      assert.equal(node.vm.deleted, true);
    });

    it('adds a server it did not know (restored while hidden) into its group, sorted', () => {
      const e = new Estate();
      e.replace(seed(), false);
      e.patchServer(vm({ id: 250, name: 'web10', group_id: 20 }));
      assert.deepEqual(labels(e, e.server(250)!.parent), ['db', 'web1', 'web2', 'web10']);
    });

    it('a rename re-sorts its group', () => {
      const e = new Estate();
      e.replace(seed(), false);
      const changes: EstateChange[] = [];
      e.onDidChange((c) => changes.push(c));
      e.patchServer({ ...clone(e.server(200)!.vm), name: 'zz' });
      assert.deepEqual(labels(e, e.server(200)!.parent), ['db', 'web2', 'zz']);
      assert.deepEqual(changes.map(ids), [['group:20']]);
    });

    it('does nothing before a load', () => {
      const e = new Estate();
      assert.equal(e.patchServer(vm({ name: 'x' })), undefined);
      assert.deepEqual(e.children(), []);
    });
  });

  it('pending actions mark one node, once', () => {
    const e = new Estate();
    e.replace(seed(), false);
    const changes: EstateChange[] = [];
    e.onDidChange((c) => changes.push(c));
    e.setPending(200, 'stopping');
    e.setPending(200, 'stopping');
    assert.equal(e.server(200)!.pending, 'stopping');
    e.setPending(200, undefined);
    assert.equal(e.server(200)!.pending, undefined);
    assert.deepEqual(changes.map(ids), [['server:200'], ['server:200']]);
  });

  it('a pending action survives a reload', () => {
    const e = new Estate();
    e.replace(seed(), false);
    e.setPending(202, 'starting');
    e.replace(seed(), false);
    assert.equal(e.server(202)!.pending, 'starting');
  });

  it('removeServer drops a purged server and refreshes its containers', () => {
    const e = new Estate();
    e.replace(seed(), false);
    const changes: EstateChange[] = [];
    e.onDidChange((c) => changes.push(c));
    e.removeServer(100);
    assert.equal(e.server(100), undefined);
    // The group's list changed (its row and rows); the account's count line alone.
    assert.deepEqual(changes.map(ids), [['account:1', 'group:10']]);
    e.removeServer(100);
    assert.equal(changes.length, 1);
  });

  it('an error replaces the tree with one error row; a later load brings the tree back', () => {
    const e = new Estate();
    e.replace(seed(), false);
    e.setError('Could not load servers', 'could not reach 127.0.0.1');
    const [err] = e.children();
    assert.equal(err!.kind, 'error');
    assert.equal(e.status, 'error');
    assert.equal(e.servers().length, 0);
    assert.equal(e.replace(seed(), false), undefined);
    assert.equal(e.status, 'loaded');
    assert.deepEqual(labels(e), ['acme', 'demo']);
  });

  it('clear (signed out) empties the tree', () => {
    const e = new Estate();
    e.replace(seed(), false);
    e.clear();
    assert.deepEqual(e.children(), []);
    assert.equal(e.status, 'empty');
  });

  it('an account without groups or an empty estate says so', () => {
    const e = new Estate();
    e.replace([account(5, 'empty', [])], false);
    assert.deepEqual(labels(e, e.accountNodes[0]), ['(No servers)']);
    e.replace([], false);
    assert.deepEqual(labels(e), ['(No accounts)']);
  });

  it('placeholder nodes are stable objects (VS Code compares by id, the tests by identity)', () => {
    const e = new Estate();
    e.replace(seed(), false);
    const backups = e.accountNodes[1]!.groups[0]!;
    assert.equal(e.children(backups)[0], e.children(backups)[0]);
  });

  it('reloads 5000 servers in place, reporting only what changed', () => {
    const many = [account(9, 'big', [{ id: 90, name: 'default', vms: Array.from({ length: 5000 }, (_, i) => vm({ id: 10_000 + i, name: `s${i}` })) }])];
    const e = new Estate();
    e.replace(many, false);
    const first = e.server(10_000) as ServerNode;
    const again = clone(many);
    again[0]!.groups![0]!.virtual_machines![0]!.power_on = false;
    const change = e.replace(again, false);
    assert.equal(e.server(10_000), first);
    assert.deepEqual(ids(change), ['account:9', 'group:90', 'server:10000']);
  });
});

describe('estate: a bad item spoils only itself', () => {
  it('a group id repeated in two accounts is shown once, and the repeat is a marked row with the reason', () => {
    const estate = new Estate();
    estate.replace(
      [
        account(1, 'alpha', [{ id: 5, name: 'shared', vms: [vm({ id: 51, name: 'a1' })] }]),
        account(2, 'beta', [{ id: 5, name: 'shared', vms: [vm({ id: 52, name: 'b1' })] }, { id: 6, name: 'own', vms: [vm({ id: 61, name: 'b2' })] }]),
      ],
      false,
    );
    const ids = new Set<string>();
    const walk = (n?: EstateNode): void => {
      for (const c of estate.children(n)) {
        assert.ok(!ids.has(c.id), `duplicate tree id ${c.id}`);
        ids.add(c.id);
        walk(c);
      }
    };
    walk();
    assert.deepEqual(labels(estate, estate.accountNodes[1]), ['own', '?shared']);
    const row = estate.children(estate.accountNodes[1]).find((n) => n.kind === 'problem')!;
    assert.match(row.kind === 'problem' ? row.reason : '', /appears more than once/);
    assert.ok(estate.server(61), 'the rest of the account shows');
  });

  it('a server with data nested too deeply to walk still shows, and reloads without throwing', () => {
    const deep: Record<string, unknown> = {};
    let cur = deep;
    for (let i = 0; i < 20_000; i++) {
      const next: Record<string, unknown> = {};
      cur.x = next;
      cur = next;
    }
    const estate = new Estate();
    const load = () => estate.replace([account(1, 'alpha', [{ id: 5, name: 'g', vms: [vm({ id: 51, name: 'ok' }), { ...vm({ id: 52, name: 'deep' }), extra: deep } as never] }])], false);
    load();
    assert.deepEqual(labels(estate, estate.accountNodes[0]!.groups[0]), ['deep', 'ok']);
    assert.doesNotThrow(load);
  });

  it('a listener that throws (an open document, say) does not stop the tree updating', () => {
    const estate = new Estate();
    estate.onDidChange(() => {
      throw new URIError('URI malformed');
    });
    estate.replace([account(1, 'alpha', [{ id: 5, name: 'g', vms: [vm({ id: 51, name: 'bad\ud800name' })] }])], false);
    assert.equal(estate.status, 'loaded');
    assert.ok(estate.server(51));
  });
});
