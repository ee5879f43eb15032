// Every fault works on every route this simulator gained for the full customer API: a failure
// applies nothing, a delay delays, a malformed reply breaks the shape, a drop loses the connection.
import assert from 'node:assert/strict';
import { brain, login, request, useSimulator, vmPath } from './harness';

const staging = vmPath('demo', 'web', 'staging');

/** [method, path, body] for one call of each new route (all succeed on the seed). */
const ROUTES: Array<[string, string, unknown?]> = [
  ['POST', '/accounts/demo/groups/web/vm_create', { virtual_machine: { name: 'faulty' }, discs: [{ size: 2048 }] }],
  ['POST', '/accounts/demo/groups/web/virtual_machines', { name: 'faulty' }],
  ['POST', '/accounts/demo/groups', { name: 'faulty' }],
  ['PUT', '/accounts/demo/groups/web', { name: 'web' }],
  ['GET', `${staging}/discs`],
  ['POST', `${staging}/discs`, { label: 'faulty', size: 2048 }],
  ['PUT', `${staging}/discs/disc-1`, { size: 30720 }],
  ['POST', `${staging}/discs/disc-1/backups`, {}],
  ['GET', `${staging}/discs/disc-1/backups`],
  ['POST', `${staging}/discs/disc-1/backup_schedules`, { interval_seconds: 86400 }],
  ['GET', `${staging}/nics`],
  ['GET', '/users/demo'],
  ['PUT', '/users/demo', { email: 'new@example.com' }],
  ['GET', '/privileges'],
  ['GET', '/users/demo/privileges'],
  ['GET', '/accounts/demo/privileges'],
  ['GET', '/api_keys'],
  ['POST', '/api_keys', { label: 'faulty' }],
];

describe('simulator: faults on the new routes', () => {
  const { sim } = useSimulator({ transitionMs: 0 });

  async function call(token: string, method: string, path: string, body?: unknown) {
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    return request(`${sim().url}${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  }

  for (const [method, path, body] of ROUTES) {
    it(`${method} ${path}: fail, delay, malformed, drop`, async () => {
      const token = await login(sim());
      const ok = (s: number) => s >= 200 && s < 300;

      const before = JSON.stringify(sim().state.servers().map((s) => [s.name, s.discs.map((d) => [d.size, d.backups?.length])]));
      sim().faults.failNext({ status: 503, method, path });
      assert.equal((await call(token, method, path, body)).status, 503);
      assert.equal(JSON.stringify(sim().state.servers().map((s) => [s.name, s.discs.map((d) => [d.size, d.backups?.length])])), before, 'a failed call applies nothing');

      sim().faults.delayNext({ ms: 120, method, path });
      const t0 = Date.now();
      const delayed = await call(token, method, path, body);
      assert.ok(Date.now() - t0 >= 110, 'delayed');
      assert.ok(ok(delayed.status), `${delayed.status} ${delayed.text}`);

      sim().reset();
      const token2 = await login(sim());
      sim().faults.malformedNext({ method, path });
      const bad = await call(token2, method, path, body);
      assert.equal(bad.status, 200);
      assert.match(bad.text, /"(?:id|username)":null|^\[/, 'the shape is broken (id/username nulled, or wrapped)');

      sim().faults.dropNext({ method, path });
      await assert.rejects(call(token2, method, path, body));
    });
  }

  it('faults also reach /ips/{ip} and the API-key bearer', async () => {
    const api = brain(sim(), await login(sim()));
    const nic = (await api.get(`${vmPath('demo', 'db', 'db1')}/nics`)).json as Array<{ extra_ips: Record<string, string> }>;
    const vip = Object.keys(nic[0]!.extra_ips)[0]!;
    sim().faults.failNext({ status: 500, path: `/ips/${vip}` });
    assert.equal((await api.put(`/ips/${vip}`, { rdns: 'x.example.com' })).status, 500);
    assert.equal(((await api.get(`/ips/${vip}`)).json as { rdns: string }).rdns, 'db.demo.example.com');
  });
});
