import assert from 'node:assert/strict';
import { brain, login, parse, useSimulator, vmPath } from './harness';

describe('simulator: NICs, extra IPs, reverse DNS and IP swaps', () => {
  const { sim } = useSimulator({ transitionMs: 0 });
  const asDemo = async () => brain(sim(), await login(sim()));
  const web1 = vmPath('demo', 'web', 'web1');

  async function firstNic(api: Awaited<ReturnType<typeof asDemo>>, path: string) {
    return parse.nics(await api.get(`${path}/nics`))[0]!;
  }

  describe('ip_create', () => {
    it('adds 1–4 IPv4 addresses routed via the primary, answering {ips}', async () => {
      const api = await asDemo();
      const nic = await firstNic(api, web1);
      const r = await api.post(`${web1}/nics/${nic.id}/ip_create`, { addresses: 2, family: 'ipv4', reason: 'vhosts', contiguous: false });
      assert.equal(r.status, 200);
      const ips = parse.object(r).ips as string[];
      assert.equal(ips.length, 2);
      const after = parse.nics(await api.get(`${web1}/nics/${nic.id}`).then((x) => ({ ...x, json: [x.json] })))[0]!;
      for (const ip of ips) assert.equal(after.extra_ips[ip], nic.ips[0]);
    });

    for (const [what, body, field] of [
      ['no reason', { addresses: 1 }, 'reason'],
      ['ipv6', { addresses: 1, family: 'ipv6', reason: 'x' }, 'family'],
      ['five addresses', { addresses: 5, reason: 'x' }, 'addresses'],
      ['zero addresses', { addresses: 0, reason: 'x' }, 'addresses'],
    ] as const) {
      it(`refuses ${what}`, async () => {
        const api = await asDemo();
        const nic = await firstNic(api, web1);
        assert.deepEqual(Object.keys(parse.problems(await api.post(`${web1}/nics/${nic.id}/ip_create`, body))), [field]);
      });
    }

    it('counts the extra IPs a NIC already has against the limit of 4 (db1 has 2)', async () => {
      const api = await asDemo();
      const db1 = vmPath('demo', 'db', 'db1');
      const nic = await firstNic(api, db1);
      assert.deepEqual(Object.keys(parse.problems(await api.post(`${db1}/nics/${nic.id}/ip_create`, { addresses: 3, reason: 'x' }))), ['addresses']);
      assert.equal((await api.post(`${db1}/nics/${nic.id}/ip_create`, { addresses: 2, reason: 'x' })).status, 200);
    });

    it('is 403 for a reader and a NIC PUT is 405', async () => {
      const viewer = brain(sim(), await login(sim(), 'viewer'));
      const nic = await firstNic(viewer, web1);
      assert.equal((await viewer.post(`${web1}/nics/${nic.id}/ip_create`, { addresses: 1, reason: 'x' })).status, 403);
      const api = await asDemo();
      assert.equal((await api.put(`${web1}/nics/${nic.id}`, { label: 'x' })).status, 405);
    });
  });

  describe('/ips/{ip}', () => {
    it('reads the seeded reverse DNS, sets it, resets it to the default', async () => {
      const api = await asDemo();
      const db1 = await firstNic(api, vmPath('demo', 'db', 'db1'));
      const vip = Object.keys(db1.extra_ips)[0]!;
      assert.deepEqual(parse.object(await api.get(`/ips/${vip}`)), { address: vip, rdns: 'db.demo.example.com' });
      assert.deepEqual(parse.object(await api.put(`/ips/${vip}`, { rdns: 'Primary.Example.COM' })), { address: vip, rdns: 'primary.example.com' });
      const reset = parse.object(await api.put(`/ips/${vip}`, { rdns: null }));
      assert.notEqual(reset.rdns, 'primary.example.com');
      const primary = (await firstNic(api, web1)).ips[0]!;
      assert.equal(parse.object(await api.get(`/ips/${primary}`)).rdns, 'www.demo.example.com');
    });

    it('refuses a bad host name (400), a reader (403), and an address that is not yours (404)', async () => {
      const api = await asDemo();
      const primary = (await firstNic(api, web1)).ips[0]!;
      assert.deepEqual(Object.keys(parse.problems(await api.put(`/ips/${primary}`, { rdns: 'not a host' }))), ['rdns']);
      const viewer = brain(sim(), await login(sim(), 'viewer'));
      assert.equal((await viewer.get(`/ips/${primary}`)).status, 200);
      assert.equal((await viewer.put(`/ips/${primary}`, { rdns: 'x.example.com' })).status, 403);
      const app1 = (await firstNic(api, vmPath('acme', 'prod', 'app1'))).ips[0]!;
      assert.equal((await viewer.get(`/ips/${app1}`)).status, 404);
      assert.equal((await api.get('/ips/192.0.2.99')).status, 404);
    });

    it('deletes an extra address (204) but not a primary one (400)', async () => {
      const api = await asDemo();
      const db1 = vmPath('demo', 'db', 'db1');
      const nic = await firstNic(api, db1);
      const vip = Object.keys(nic.extra_ips)[0]!;
      assert.equal((await api.del(`/ips/${vip}`)).status, 204);
      assert.ok(!(vip in (await firstNic(api, db1)).extra_ips));
      assert.deepEqual(Object.keys(parse.problems(await api.del(`/ips/${nic.ips[0]}`))), ['ip']);
    });
  });

  describe('POST /ips/swap_virtual_machine_ips', () => {
    it('swaps the primary addresses of two stopped servers (and, if asked, the extras), refusing running ones', async () => {
      const api = await asDemo();
      const staging = parse.vm(await api.get(`${vmPath('demo', 'web', 'staging')}?view=overview`));
      const scratch = parse.vm(await api.get(`${vmPath('demo', 'default', 'scratch')}?view=overview`));
      const web1vm = parse.vm(await api.get(web1));
      const running = await api.post('/ips/swap_virtual_machine_ips', { virtual_machine_1_id: staging.id, virtual_machine_2_id: web1vm.id, move_additional_ips: false });
      assert.deepEqual(Object.keys(parse.problems(running)), ['power_on']);
      const r = await api.post('/ips/swap_virtual_machine_ips', { virtual_machine_1_id: staging.id, virtual_machine_2_id: scratch.id, move_additional_ips: false });
      assert.equal(r.status, 204);
      const after = parse.vm(await api.get(`${vmPath('demo', 'web', 'staging')}?view=overview`));
      assert.deepEqual(after.network_interfaces![0]!.ips, scratch.network_interfaces![0]!.ips);
      assert.deepEqual(Object.keys(parse.problems(await api.post('/ips/swap_virtual_machine_ips', { virtual_machine_1_id: staging.id, virtual_machine_2_id: 999999 }))), ['virtual_machine_2_id']);
    });
  });
});
