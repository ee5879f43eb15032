// The loader when the API goes away: the last good tree stays (marked stale), what was being
// watched stops spinning, the user is told once, and it recovers by itself with backoff.
import assert from 'node:assert/strict';
import type { VirtualMachine } from '../../src/api';
import { Estate } from '../../src/estate/estate';
import { EstateLoader, type Staleness } from '../../src/estate/loader';
import { Poller } from '../../src/estate/poller';
import { useSimulator } from '../api/helpers';

describe('estate/loader: outages', () => {
  const h = useSimulator();

  async function setup(backoffMs = [60]) {
    const { brain } = await h.signedIn();
    const session = { brain, signedIn: true, endpointError: undefined, requireBrain: async () => brain, epoch: { current: 1 }, handleUnauthorized: async () => 'expired' as const };
    const estate = new Estate();
    const poller = new Poller<VirtualMachine>({ fetch: async () => 'gone', defaultSettled: () => true, intervalMs: () => 60_000 });
    const seen: (Staleness | undefined)[] = [];
    const loader = new EstateLoader({ session, estate, poller, log: { error: () => undefined }, inView: (t) => t(), includeDeleted: false, onStale: (s) => seen.push(s && { ...s }), backoffMs });
    await loader.refreshAll();
    return { estate, poller, loader, seen };
  }

  it('a failed refresh keeps the tree, marks it stale once, and stops watching changing servers', async () => {
    const { estate, poller, loader, seen } = await setup([10_000]);
    const servers = estate.servers().length;
    poller.add(estate.servers()[0]!.vm.id);
    h.sim.faults.failNext({ method: 'GET', path: '/accounts', status: 503, times: 6 });
    await loader.refreshAll();
    await loader.refreshAll();
    assert.equal(estate.status, 'loaded');
    assert.equal(estate.servers().length, servers, 'the last good tree is kept');
    assert.equal(seen.length, 1, 'said once, not once per failure');
    assert.ok(loader.stale);
    assert.equal(poller.size, 0, 'nothing left spinning');
    loader.dispose();
  });

  it('recovers by itself when the API answers again', async () => {
    const { loader, seen } = await setup([50]);
    h.sim.faults.failNext({ method: 'GET', path: '/accounts', status: 503, times: 3 });
    await loader.refreshAll();
    assert.ok(loader.stale);
    const deadline = Date.now() + 3_000;
    while (loader.stale && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.equal(loader.stale, undefined);
    assert.equal(seen.at(-1), undefined, 'told the tree it is fresh again');
    loader.dispose();
  });

  it('retries only while the view is visible', async () => {
    const { loader } = await setup([50]);
    loader.setVisible(false);
    h.sim.faults.failNext({ method: 'GET', path: '/accounts', status: 503, times: 3 });
    await loader.refreshAll();
    const count = h.sim.requests.length;
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(h.sim.requests.length, count, 'no retry while hidden');
    loader.setVisible(true);
    const deadline = Date.now() + 3_000;
    while (loader.stale && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.equal(loader.stale, undefined);
    loader.dispose();
  });

  it('with nothing loaded yet, a failure is an error row saying why', async () => {
    const { brain } = await h.signedIn();
    const session = { brain, signedIn: true, endpointError: undefined, requireBrain: async () => brain, epoch: { current: 1 }, handleUnauthorized: async () => 'expired' as const };
    const estate = new Estate();
    const poller = new Poller<VirtualMachine>({ fetch: async () => 'gone', defaultSettled: () => true, intervalMs: () => 60_000 });
    h.sim.faults.failNext({ method: 'GET', path: '/accounts', status: 403 });
    const loader = new EstateLoader({ session, estate, poller, log: { error: () => undefined }, inView: (t) => t(), includeDeleted: false });
    await loader.refreshAll();
    assert.equal(estate.status, 'error');
    assert.match(estate.error!.detail, /not allowed/);
  });
});
