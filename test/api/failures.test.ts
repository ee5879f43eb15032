// Every error shape the transport produces, provoked through the simulator's fault injection
// (or a closed port for network failures), and the retry policy as the simulator saw it.
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import net from 'node:net';
import {
  BadRequestError,
  BrainClient,
  CancelledError,
  InvalidResponseError,
  NetworkError,
  ServerError,
  TimeoutError,
  UnexpectedStatusError,
  type ServerRef,
} from '../../src/api';
import { rejection, useSimulator } from './helpers';

const WEB1: ServerRef = { account: 'demo', group: 'web', server: 'web1' };
const WEB1_PATH = '/accounts/demo/groups/web/virtual_machines/web1';

async function closedPort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

describe('api: failures and retries', () => {
  const h = useSimulator();
  const seen = (path: string) => h.sim.requests.filter((r) => r.path === path);

  describe('retry policy', () => {
    it('retries a GET after one 500 and succeeds (2 requests)', async () => {
      const { brain } = await h.signedIn();
      h.sim.faults.failNext({ status: 500, method: 'GET', path: '/accounts' });
      const accounts = await brain.getAccounts({});
      assert.equal(accounts.length, 2);
      assert.deepEqual(seen('/accounts').map((r) => r.status), [500, 200]);
      assert.deepEqual(h.events.filter((e) => e.url.includes('/accounts')).map((e) => [e.attempt, e.status]), [
        [1, 500],
        [2, 200],
      ]);
    });

    it('gives up after three attempts with a ServerError carrying status and body excerpt', async () => {
      const { brain } = await h.signedIn();
      h.sim.faults.failNext({ status: 503, times: 5, body: '<html><h1>Service Unavailable</h1></html>', contentType: 'text/html', method: 'GET', path: WEB1_PATH });
      const err = await rejection(brain.getServer(WEB1));
      assert.ok(err instanceof ServerError, String(err));
      assert.equal(err.status, 503);
      assert.equal(err.bodyExcerpt, 'Service Unavailable');
      assert.match(err.message, /^Could not read server web1\.web\.demo: the BigV API had a problem \(HTTP 503\) \(Service Unavailable\)\. Try again in a few seconds/);
      assert.equal(seen(WEB1_PATH).length, 3);
    });

    it('never retries a PUT, POST or DELETE (1 request each)', async () => {
      const { brain } = await h.signedIn();
      const cases: Array<[string, string, () => Promise<unknown>]> = [
        ['PUT', WEB1_PATH, () => brain.servers.update(WEB1, { cores: 1 })],
        ['POST', `${WEB1_PATH}/signal`, () => brain.signal(WEB1, 'reset')],
        ['DELETE', WEB1_PATH, () => brain.deleteServer(WEB1)],
      ];
      for (const [method, path, call] of cases) {
        h.sim.faults.failNext({ status: 500, method, path });
        const err = await rejection(call());
        assert.ok(err instanceof ServerError, `${method}: ${String(err)}`);
        assert.equal(h.sim.requests.filter((r) => r.method === method && r.path === path).length, 1, method);
      }
      const s = h.sim.state.findServer('demo', 'web', 'web1')!;
      assert.equal(s.deleted, false);
      assert.equal(s.lastSignal, undefined);
    });

    it('retries a GET whose connection was dropped', async () => {
      const { brain } = await h.signedIn();
      h.sim.faults.dropNext({ method: 'GET', path: '/definitions' });
      const defs = await brain.getDefinitions();
      assert.ok(defs.distributions.length > 0);
      assert.deepEqual(seen('/definitions').map((r) => r.status), [0, 200]);
      assert.equal(h.events[h.events.length - 2]?.error?.startsWith('network:'), true);
    });
  });

  describe('error shapes', () => {
    it('400 → BadRequestError with field and per-disc problems', async () => {
      const { brain } = await h.signedIn();
      h.sim.faults.failNext({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({ memory: ['is not included in the list'], discs: [{}, { size: ['must be greater than or equal to 50'] }] }),
        method: 'PUT',
        path: WEB1_PATH,
      });
      const err = await rejection(brain.servers.update(WEB1, { memory: 3 }));
      assert.ok(err instanceof BadRequestError, String(err));
      assert.deepEqual(err.problems, { memory: ['is not included in the list'], 'disc 2 - size': ['must be greater than or equal to 50'] });
      assert.equal(
        err.message,
        'Could not update server web1.web.demo: the API refused the request.\n• Memory is not included in the list\n• Disc 2 - size must be greater than or equal to 50\nCorrect the values and try again.',
      );
    });

    it('400 with a plain-text reason → one problem with the text', async () => {
      const { brain } = await h.signedIn();
      h.sim.faults.failNext({ status: 400, body: 'Cannot delete: the server is locked', method: 'DELETE', path: WEB1_PATH });
      const err = await rejection(brain.deleteServer(WEB1));
      assert.ok(err instanceof BadRequestError);
      assert.deepEqual(err.problems, { '': ['Cannot delete: the server is locked'] });
      assert.match(err.message, /\n• Cannot delete: the server is locked\n/);
    });

    it('a real 400 from the simulator (invalid value) is explained', async () => {
      const { brain } = await h.signedIn();
      const err = await rejection(brain.servers.update(WEB1, { cores: -3 }));
      assert.ok(err instanceof BadRequestError, String(err));
      assert.ok('cores' in err.problems, JSON.stringify(err.problems));
    });

    it('an unexpected status → UnexpectedStatusError', async () => {
      const { brain } = await h.signedIn();
      h.sim.faults.failNext({ status: 409, body: 'Conflict', method: 'PUT', path: WEB1_PATH });
      const err = await rejection(brain.servers.update(WEB1, { cores: 1 }));
      assert.ok(err instanceof UnexpectedStatusError, String(err));
      assert.equal(err.kind, 'unexpected-status');
      assert.equal(err.status, 409);
    });

    it('accepts any 2xx, with or without a body, for writes', async () => {
      const { brain } = await h.signedIn();
      h.sim.faults.failNext({ status: 204, body: '', method: 'PUT', path: WEB1_PATH });
      await brain.servers.update(WEB1, { cores: 1 });
      h.sim.faults.failNext({ status: 202, body: 'accepted', contentType: 'text/plain', method: 'POST', path: `${WEB1_PATH}/signal` });
      await brain.signal(WEB1, 'reset');
    });

    it('malformed JSON shape → InvalidResponseError naming the field and the endpoint', async () => {
      const { brain } = await h.signedIn();
      h.sim.faults.malformedNext({ method: 'GET', path: '/accounts' });
      const err = await rejection(brain.getAccounts({}));
      assert.ok(err instanceof InvalidResponseError, String(err));
      assert.match(err.detail, /^accounts\[0\]\.id: expected number/);
      assert.match(err.message, /from GET \/accounts\?view=overview: accounts\[0\]\.id/);

      const vm = { id: 1, name: 'x', group_id: 1, power_on: 'yes', autoreboot_on: true, cores: 1, memory: 1 };
      const body = JSON.stringify([{ id: 1, name: 'a', groups: [{ id: 1, name: 'g' }, { id: 2, name: 'h', virtual_machines: [{ ...vm, power_on: true }, { ...vm, power_on: false }, vm] }] }]);
      h.sim.faults.malformedNext({ method: 'GET', path: '/accounts', body });
      const nested = await rejection(brain.getAccounts({}));
      assert.ok(nested instanceof InvalidResponseError);
      assert.equal(nested.detail, 'accounts[0].groups[1].virtual_machines[2].power_on: expected boolean, received string');
      assert.equal(seen('/accounts').length, 2, 'a bad body is not retried');
    });

    it('truncated JSON and an empty body → InvalidResponseError', async () => {
      const { brain } = await h.signedIn();
      h.sim.faults.malformedNext({ method: 'GET', path: WEB1_PATH, truncate: true });
      const bad = await rejection(brain.getServer(WEB1));
      assert.ok(bad instanceof InvalidResponseError, String(bad));
      assert.match(bad.message, /not valid JSON/);
      h.sim.faults.failNext({ status: 200, body: '', contentType: 'application/json', method: 'GET', path: WEB1_PATH });
      const empty = await rejection(brain.getServer(WEB1));
      assert.ok(empty instanceof InvalidResponseError);
      assert.match(empty.message, /empty/);
    });

    it('wrong content type → InvalidResponseError; vnd.bigv JSON types are accepted', async () => {
      const { brain } = await h.signedIn();
      h.sim.faults.failNext({ status: 200, body: '[]', contentType: 'text/html; charset=utf-8', method: 'GET', path: '/accounts' });
      const err = await rejection(brain.getAccounts({}));
      assert.ok(err instanceof InvalidResponseError, String(err));
      assert.match(err.message, /expected JSON but the content type was "text\/html; charset=utf-8"/);

      h.sim.faults.failNext({ status: 200, body: '[]', contentType: 'application/vnd.bigv.account+json; charset=utf-8', method: 'GET', path: '/accounts' });
      assert.deepEqual(await brain.getAccounts({}), []);
      h.sim.faults.failNext({ status: 200, body: '[]', contentType: 'application/vnd.other+json', method: 'GET', path: '/accounts' });
      assert.ok((await rejection(brain.getAccounts({}))) instanceof InvalidResponseError);
    });

    it('a definitions entry of the wrong shape names its id', async () => {
      const { brain } = await h.signedIn();
      h.sim.faults.malformedNext({ method: 'GET', path: '/definitions', body: JSON.stringify([{ id: 'distributions', data: 'jessie' }, { id: 'new_thing', data: 1 }]) });
      const err = await rejection(brain.getDefinitions());
      assert.ok(err instanceof InvalidResponseError, String(err));
      assert.match(err.detail, /^definitions\.distributions: expected array/);
    });

    it('network failure → NetworkError naming the host, after the GET retries', async () => {
      const port = await closedPort();
      const events: string[] = [];
      const brain = new BrainClient(`http://127.0.0.1:${port}`, () => 'token', { retryDelaysMs: [10, 10], onRequest: (e) => events.push(e.error ?? '') });
      const err = await rejection(brain.getAccounts({}));
      assert.ok(err instanceof NetworkError, String(err));
      assert.equal(err.host, `127.0.0.1:${port}`);
      assert.equal(err.code, 'ECONNREFUSED');
      assert.match(err.message, new RegExp(`could not reach 127\\.0\\.0\\.1:${port} \\(connection refused\\)\\. Check your network`));
      assert.equal(events.length, 3);
      const put = await rejection(brain.servers.update(WEB1, { cores: 1 }));
      assert.ok(put instanceof NetworkError);
      assert.equal(events.length, 4, 'a PUT is tried once');
    });
  });

  describe('timeouts and cancellation', () => {
    it('latency beyond the timeout → TimeoutError naming the seconds; not retried', async () => {
      const { brain } = await h.signedIn(undefined, { timeoutMs: 200 });
      h.sim.faults.delayNext({ ms: 1500, method: 'GET', path: WEB1_PATH });
      const started = Date.now();
      const err = await rejection(brain.getServer(WEB1));
      assert.ok(err instanceof TimeoutError, String(err));
      assert.equal(err.seconds, 0.2);
      assert.match(err.message, /did not answer within 0\.2 seconds/);
      assert.ok(Date.now() - started < 1200, `took ${Date.now() - started} ms`);
      assert.equal(h.events.filter((e) => e.url.endsWith('web1?view=overview&include_deleted=true')).length, 1);
    });

    it('a per-call timeout overrides the client default', async () => {
      const { brain } = await h.signedIn();
      h.sim.faults.delayNext({ ms: 1000, method: 'PUT', path: WEB1_PATH });
      const err = await rejection(brain.servers.update(WEB1, { cores: 1 }, undefined, { timeoutMs: 100 }));
      assert.ok(err instanceof TimeoutError, String(err));
      assert.equal(err.seconds, 0.1);
    });

    it('aborting a call in flight → CancelledError, promptly', async () => {
      const { brain } = await h.signedIn();
      h.sim.faults.delayNext({ ms: 3000, method: 'GET', path: '/accounts' });
      const ac = new AbortController();
      const started = Date.now();
      setTimeout(() => ac.abort(), 100);
      const err = await rejection(brain.getAccounts({}, { signal: ac.signal }));
      assert.ok(err instanceof CancelledError, String(err));
      assert.equal(err.kind, 'cancelled');
      assert.ok(Date.now() - started < 1500, `took ${Date.now() - started} ms`);
    });

    it('leaves no listener behind on a long-lived caller signal', async () => {
      const { brain } = await h.signedIn();
      const ac = new AbortController();
      for (let i = 0; i < 5; i++) await brain.getServer(WEB1, { signal: ac.signal });
      h.sim.faults.failNext({ status: 500, method: 'PUT', path: WEB1_PATH });
      await rejection(brain.servers.update(WEB1, { cores: 1 }, undefined, { signal: ac.signal }));
      assert.equal(getEventListeners(ac.signal, 'abort').length, 0);
    });

    it('an already-aborted signal sends nothing; aborting during a retry pause stops there', async () => {
      const { brain } = await h.signedIn(undefined, { retryDelaysMs: [5000] });
      const before = h.sim.requests.length;
      const err = await rejection(brain.getAccounts({}, { signal: AbortSignal.abort() }));
      assert.ok(err instanceof CancelledError);
      assert.equal(h.sim.requests.length, before);

      h.sim.faults.failNext({ status: 500, method: 'GET', path: '/accounts' });
      const ac = new AbortController();
      const started = Date.now();
      setTimeout(() => ac.abort(), 200);
      const during = await rejection(brain.getAccounts({}, { signal: ac.signal }));
      assert.ok(during instanceof CancelledError, String(during));
      assert.ok(Date.now() - started < 2000);
      assert.equal(seen('/accounts').length, 1);
    });
  });
});
