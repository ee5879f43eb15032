import assert from 'node:assert/strict';
import { brain, login, parse, request, useSimulator, vmPath } from './harness';

describe('simulator: faults, reset and the request log', () => {
  const { sim } = useSimulator({ transitionMs: 0 });
  const asDemo = async () => brain(sim(), await login(sim()));

  describe('failNext', () => {
    it('fails the next matching request with the given status and body, then recovers', async () => {
      const api = await asDemo();
      sim().faults.failNext({ status: 503, body: 'down for maintenance', method: 'GET', path: '/accounts' });
      const failed = await api.get('/accounts');
      assert.equal(failed.status, 503);
      assert.equal(failed.text, 'down for maintenance');
      assert.equal((await api.get('/accounts')).status, 200);
    });

    it('counts down `times`, and leaves other methods and paths alone', async () => {
      const api = await asDemo();
      sim().faults.failNext({ status: 500, times: 2, method: 'PUT', path: /\/virtual_machines\/staging$/ });
      assert.equal((await api.get(vmPath('demo', 'web', 'staging'))).status, 200, 'GET is not matched');
      assert.equal((await api.put(vmPath('demo', 'web', 'web1'), { cores: 2 })).status, 200, 'other path');
      assert.equal((await api.put(vmPath('demo', 'web', 'staging'), { cores: 2 })).status, 500);
      assert.equal((await api.put(vmPath('demo', 'web', 'staging'), { cores: 2 })).status, 500);
      assert.equal((await api.put(vmPath('demo', 'web', 'staging'), { cores: 2 })).status, 200);
    });

    it('matches a path with its query string when one is given', async () => {
      const api = await asDemo();
      sim().faults.failNext({ status: 500, path: '/accounts?view=overview' });
      assert.equal((await api.get('/accounts')).status, 200, 'another query is not matched');
      assert.equal((await api.get('/accounts?view=overview')).status, 500);
      sim().faults.failNext({ status: 500, path: /include_deleted=true/ });
      assert.equal((await api.get('/accounts?view=overview&include_deleted=true')).status, 500);
    });

    it('can fail the auth server too, with a content type of choice', async () => {
      sim().faults.failNext({ status: 502, body: '{"error":"bad gateway"}', contentType: 'application/json', path: '/session' });
      const r = await request(`${sim().url}/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      assert.equal(r.status, 502);
      assert.match(r.contentType, /^application\/json/);
    });

    it('fails before anything is applied', async () => {
      const api = await asDemo();
      sim().faults.failNext({ status: 500, method: 'PUT' });
      await api.put(vmPath('demo', 'web', 'staging'), { cores: 4 });
      assert.equal(sim().state.findServer('demo', 'web', 'staging')!.cores, 1);
    });
  });

  describe('delayNext and dropNext', () => {
    it('delays the next matching request', async () => {
      const api = await asDemo();
      sim().faults.delayNext({ ms: 400, path: '/accounts' });
      const t0 = Date.now();
      assert.equal((await api.get('/accounts')).status, 200);
      assert.ok(Date.now() - t0 >= 390, `took ${Date.now() - t0} ms`);
      const t1 = Date.now();
      await api.get('/accounts');
      assert.ok(Date.now() - t1 < 390);
    });

    it('drops the connection without a reply (a network error for the client)', async () => {
      const api = await asDemo();
      sim().faults.dropNext({ path: '/accounts' });
      await assert.rejects(api.get('/accounts'));
      assert.equal((await api.get('/accounts')).status, 200);
      assert.equal(sim().requests.find((r) => r.path === '/accounts')!.status, 0);
    });
  });

  describe('malformedNext', () => {
    it('by default answers 200 with the real body bent out of shape (id nulled)', async () => {
      const api = await asDemo();
      sim().faults.malformedNext({ path: vmPath('demo', 'web', 'web1') });
      const r = await api.get(vmPath('demo', 'web', 'web1'));
      const r2 = await api.get(vmPath('demo', 'web', 'web1'));
      assert.equal(r.status, 200);
      const body = parse.object(r);
      assert.equal(body.id, null);
      assert.equal(body.name, 'web1');
      assert.throws(() => parse.vm(r));
      assert.doesNotThrow(() => parse.vm(r2), 'only the next one');
    });

    it('breaks lists and session reads as well', async () => {
      const token = await login(sim());
      sim().faults.malformedNext({ path: '/accounts' });
      const list = await brain(sim(), token).get('/accounts');
      assert.equal(list.status, 200);
      assert.throws(() => parse.accounts(list));
      sim().faults.malformedNext({ path: /^\/session\// });
      const s = await request(`${sim().url}/session/${token}`);
      assert.equal(s.status, 200);
      assert.throws(() => parse.session(s));
    });

    it('can truncate the JSON or send a given body', async () => {
      const api = await asDemo();
      sim().faults.malformedNext({ path: '/accounts', truncate: true });
      const cut = await api.get('/accounts');
      assert.equal(cut.status, 200);
      assert.throws(() => JSON.parse(cut.text));
      sim().faults.malformedNext({ path: '/accounts', body: '{"accounts": "nope"}' });
      assert.equal((await api.get('/accounts')).text, '{"accounts": "nope"}');
    });
  });

  it('clear() removes every pending fault', async () => {
    const api = await asDemo();
    sim().faults.failNext({ status: 500, times: 5 });
    sim().faults.delayNext({ ms: 5000 });
    sim().faults.malformedNext({});
    sim().faults.dropNext({});
    sim().faults.clear();
    assert.equal((await api.get('/accounts')).status, 200);
  });

  describe('reset()', () => {
    it('restores the seed, and clears sessions, faults and the request log', async () => {
      const api = await asDemo();
      await api.del(`${vmPath('demo', 'web', 'web1')}?purge=true`);
      await api.put(vmPath('demo', 'web', 'staging'), { cores: 8 });
      sim().faults.failNext({ status: 500, path: '/definitions' });
      assert.ok(sim().requests.length > 0);
      sim().reset();
      assert.equal(sim().requests.length, 0);
      assert.equal((await api.get('/accounts')).status, 401, 'old session gone');
      assert.equal((await request(`${sim().url}/definitions`)).status, 200, 'fault gone');
      assert.equal(sim().state.findServer('demo', 'web', 'staging')!.cores, 1);
      assert.ok(sim().state.findServer('demo', 'web', 'web1'));
    });
  });

  describe('request log', () => {
    it('records method, masked path, query, status and whether auth was sent', async () => {
      const token = await login(sim());
      await brain(sim(), token).get('/accounts?view=overview&include_deleted=true');
      await request(`${sim().url}/session/${token}`);
      await request(`${sim().url}/definitions`);
      assert.deepEqual(sim().requests, [
        { method: 'POST', path: '/session', query: '', status: 200, auth: false },
        { method: 'GET', path: '/accounts', query: 'view=overview&include_deleted=true', status: 200, auth: true },
        { method: 'GET', path: '/session/<redacted>', query: '', status: 200, auth: false },
        { method: 'GET', path: '/definitions', query: '', status: 200, auth: false },
      ]);
    });
  });
});
