// The estate fed over real HTTP from the simulator, through the real client: what the
// extension does on load, on a toggle of deleted servers, after an action and while polling.
import assert from 'node:assert/strict';
import { AuthClient, BrainClient, InvalidResponseError, UnauthorizedError } from '../../src/api';
import { Estate, type EstateChange } from '../../src/estate/estate';
import { loadEstate, reloadServer } from '../../src/estate/fetchers';
import { Poller } from '../../src/estate/poller';
import { isTransitional, stateOf } from '../../src/model/serverState';
import type { VirtualMachine } from '../../src/api/schemas';
import { startSimulator, type Simulator } from '../simulator';

const PASSWORD = 'demo-password';

describe('Estate against the simulator', () => {
  let sim: Simulator;
  before(async () => {
    sim = await startSimulator({ port: 0, transitionMs: 400 });
  });
  after(async () => {
    await sim?.stop();
  });
  beforeEach(() => sim.reset());

  async function brainFor(username = 'demo'): Promise<BrainClient> {
    const token = await new AuthClient(sim.url).createSession({ username, password: PASSWORD });
    return new BrainClient(sim.url, () => token, { retryDelaysMs: [10] });
  }
  const brainRequests = () => sim.requests.filter((r) => !r.path.startsWith('/session'));
  const byName = (e: Estate, name: string) => e.servers().find((s) => s.vm.name === name)!;

  it('loads the whole tree with one overview request', async () => {
    const brain = await brainFor();
    const estate = new Estate();
    await loadEstate(brain, estate, false);
    assert.deepEqual(
      brainRequests().map((r) => `${r.method} ${r.path}?${r.query}`),
      ['GET /accounts?view=overview'],
    );
    assert.deepEqual(estate.accountNodes.map((a) => a.account.name), ['acme', 'demo']);
    for (const a of estate.accountNodes) {
      assert.ok(a.groups.some((g) => g.group.name === 'default'), `${a.account.name} has a default group`);
      const names = a.groups.map((g) => g.group.name);
      assert.deepEqual(names, [...names].sort((x, y) => x.localeCompare(y)));
    }
    const servers = estate.servers();
    assert.ok(servers.length >= 8, `${servers.length} servers`);
    assert.ok(servers.every((s) => !s.vm.deleted), 'no deleted servers unless asked');
    const states = new Set(servers.map((s) => stateOf(s.vm)));
    assert.ok(states.has('running') && states.has('stopped'), [...states].join());
    const sim1 = sim.state.servers().find((s) => !s.deleted)!;
    const node = estate.server(sim1.id)!;
    assert.equal(node.vm.power_on, sim1.power_on);
    assert.ok((node.vm.discs ?? []).length > 0 && (node.vm.network_interfaces ?? []).length > 0, 'overview embeds discs and NICs');
  });

  it('toggling deleted servers asks with include_deleted and keeps the other nodes', async () => {
    const brain = await brainFor();
    const estate = new Estate();
    await loadEstate(brain, estate, false);
    const before = new Map(estate.servers().map((s) => [s.id, s]));
    const change = await loadEstate(brain, estate, true);
    assert.equal(brainRequests().at(-1)!.query, 'view=overview&include_deleted=true');
    const deleted = estate.servers().filter((s) => s.vm.deleted);
    assert.ok(deleted.length >= 1, 'the seed has a deleted server');
    assert.ok(change !== undefined, 'not a whole-tree refresh');
    assert.ok(change !== 'stale', 'nothing made this load stale');
    for (const d of deleted) assert.ok(change.some((n) => n.kind !== 'server' && (n.id === d.parent.id || n.id === d.parent.parent.id)), 'its container refreshed');
    for (const s of estate.servers()) if (!s.vm.deleted) assert.equal(s, before.get(s.id), `${s.vm.name} kept its node`);
    await loadEstate(brain, estate, false);
    assert.ok(estate.servers().every((s) => !s.vm.deleted));
  });

  it('an answer that arrives after the user moved on is dropped, not applied', async () => {
    const brain = await brainFor();
    const estate = new Estate();
    await loadEstate(brain, estate, false);
    const before = estate.servers().map((s) => s.vm.deleted);
    const result = await loadEstate(brain, estate, true, undefined, () => false);
    assert.equal(result, 'stale');
    assert.deepEqual(estate.servers().map((s) => s.vm.deleted), before, 'the tree still shows the earlier load');
    assert.equal(estate.includeDeleted, false);
  });

  it('after an action, one single-server GET updates that node in place', async () => {
    const brain = await brainFor();
    const estate = new Estate();
    await loadEstate(brain, estate, false);
    const web1 = byName(estate, 'web1');
    const ref = { account: web1.parent.parent.account.id, group: web1.parent.group.id, server: web1.vm.id };
    await brain.servers.update(ref, { autoreboot_on: true, power_on: false }); // restart
    const changes: EstateChange[] = [];
    estate.onDidChange((c) => changes.push(c));
    sim.requests.length = 0;
    const vm = await reloadServer(brain, estate, web1.vm.id);
    assert.notEqual(vm, 'gone');
    assert.deepEqual(
      brainRequests().map((r) => `${r.method} ${r.path}?${r.query}`),
      [`GET /accounts/${ref.account}/groups/${ref.group}/virtual_machines/${ref.server}?view=overview&include_deleted=true`],
    );
    assert.equal(byName(estate, 'web1'), web1, 'same node object');
    assert.equal(stateOf(web1.vm), 'restarting');
    assert.equal(changes.length, 1);
    assert.ok(changes[0]!.length >= 1);
  });

  it('polls a restarting server with single GETs until it is back, then stops', async () => {
    const brain = await brainFor();
    const estate = new Estate();
    await loadEstate(brain, estate, false);
    const web2 = byName(estate, 'web2');
    const ref = { account: web2.parent.parent.account.id, group: web2.parent.group.id, server: web2.vm.id };
    await brain.servers.update(ref, { autoreboot_on: true, power_on: false });
    await reloadServer(brain, estate, web2.vm.id);
    assert.equal(isTransitional(web2.vm), true);
    sim.requests.length = 0;
    const left = await new Promise<string>((resolve) => {
      const poller = new Poller<VirtualMachine>({
        fetch: async (id) => {
          const r = await reloadServer(brain, estate, id);
          return r === 'gone' ? 'gone' : { value: r };
        },
        defaultSettled: (vm) => !isTransitional(vm),
        onLeave: (_id, reason) => resolve(reason),
        intervalMs: () => 100,
      });
      poller.setVisible(true);
      poller.add(web2.vm.id);
    });
    assert.equal(left, 'settled');
    assert.equal(stateOf(web2.vm), 'running');
    const paths = new Set(brainRequests().map((r) => r.path));
    assert.deepEqual([...paths], [`/accounts/${ref.account}/groups/${ref.group}/virtual_machines/${ref.server}`], 'only that server was read');
    assert.ok(brainRequests().length >= 2, 'it took more than one poll');
  });

  it('a server purged elsewhere is dropped from the tree', async () => {
    const brain = await brainFor();
    const estate = new Estate();
    await loadEstate(brain, estate, false);
    const scratch = byName(estate, 'scratch');
    await brain.deleteServer({ account: scratch.parent.parent.account.id, group: scratch.parent.group.id, server: scratch.vm.id }, { purge: true });
    assert.equal(await reloadServer(brain, estate, scratch.vm.id), 'gone');
    assert.equal(estate.server(scratch.vm.id), undefined);
  });

  it('a viewer sees only what it may read', async () => {
    const estate = new Estate();
    await loadEstate(await brainFor('viewer'), estate, false);
    assert.deepEqual(estate.accountNodes.map((a) => a.account.name), ['demo']);
  });

  it('an item the schema refuses becomes one marked row naming the field; the rest of the tree shows', async () => {
    const brain = await brainFor();
    const estate = new Estate();
    await loadEstate(brain, estate, false);
    const count = estate.servers().length;
    sim.faults.malformedNext({ path: '/accounts' });
    await loadEstate(brain, estate, false);
    // The simulator's malformation nulls the first account's id: that account is the bad item.
    const problems = estate.children().flatMap((n) => (n.kind === 'problem' ? [n] : []));
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.match(problems[0]!.reason, /accounts\[0\]\.id: /);
    assert.equal(estate.accountNodes.length, 1, 'the other account still shows');
    assert.ok(estate.servers().length > 0 && estate.servers().length < count);
  });

  it('an overview that is not even JSON fails with the reason and leaves the picture as it was', async () => {
    const brain = await brainFor();
    const estate = new Estate();
    await loadEstate(brain, estate, false);
    const count = estate.servers().length;
    sim.faults.malformedNext({ path: '/accounts', truncate: true });
    const err = await loadEstate(brain, estate, false).then(
      () => assert.fail('expected a failure'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof InvalidResponseError, String(err));
    assert.equal(estate.servers().length, count);
  });

  it('an expired session fails with UnauthorizedError (the extension then runs its expiry flow)', async () => {
    const brain = await brainFor();
    sim.expireSessions();
    await assert.rejects(loadEstate(brain, new Estate(), false), UnauthorizedError);
  });
});
