import assert from 'node:assert/strict';
import { brain, login, parse, useSimulator, vmPath } from './harness';

describe('simulator: brain writes', () => {
  const { sim } = useSimulator({ transitionMs: 0 });
  const asDemo = async () => brain(sim(), await login(sim()));
  const staging = vmPath('demo', 'web', 'staging');

  describe('PUT', () => {
    it('updates only the given attributes and answers 200 with the server', async () => {
      const api = await asDemo();
      const before = parse.vm(await api.get(staging));
      const r = await api.put(staging, { cores: 3, memory: 4096 });
      assert.equal(r.status, 200);
      const after = parse.vm(r);
      assert.deepEqual({ ...after, cores: before.cores, memory: before.memory }, before);
      assert.equal(after.cores, 3);
      assert.equal(after.memory, 4096);
      assert.deepEqual(parse.vm(await api.get(staging)), after);
      assert.equal(sim().state.findServer('demo', 'web', 'staging')!.cores, 3);
    });

    it('silently drops unknown and read-only attributes', async () => {
      const api = await asDemo();
      const before = parse.vm(await api.get(staging));
      const r = await api.put(staging, { colour: 'blue', id: 1, hostname: 'x.example', management_address: '1.2.3.4', keymap: 'de' });
      assert.equal(r.status, 200);
      assert.deepEqual(parse.vm(r), { ...before, keymap: 'de' });
    });

    it('sets and clears the CD-ROM, keymap and hardware profile', async () => {
      const api = await asDemo();
      const iso = 'https://example.com/rescue.iso';
      let vm = parse.vm(await api.put(staging, { cdrom_url: iso, hardware_profile: 'virtio2018', hardware_profile_locked: true }));
      assert.deepEqual([vm.cdrom_url, vm.hardware_profile, vm.hardware_profile_locked], [iso, 'virtio2018', true]);
      vm = parse.vm(await api.put(staging, { cdrom_url: null, keymap: null }));
      assert.equal(vm.cdrom_url, null);
      assert.equal(vm.keymap, null);
    });

    for (const [what, body, field] of [
      ['cores below 1', { cores: 0 }, 'cores'],
      ['cores above 16', { cores: 17 }, 'cores'],
      ['cores as a string', { cores: '2' }, 'cores'],
      ['fractional cores', { cores: 1.5 }, 'cores'],
      ['memory not a multiple of 256', { memory: 1000 + 1024 }, 'memory'],
      ['memory too small', { memory: 512 }, 'memory'],
      ['memory too large', { memory: 262144 }, 'memory'],
      ['an unknown hardware profile', { hardware_profile: 'quantum2030' }, 'hardware_profile'],
      ['an unknown keymap', { keymap: 'klingon' }, 'keymap'],
      ['a name with a dot', { name: 'web.1' }, 'name'],
      ['an upper-case name', { name: 'Web1' }, 'name'],
      ['a blank name', { name: '' }, 'name'],
      ['power_on as a string', { power_on: 'yes' }, 'power_on'],
      ['a non-URL CD-ROM', { cdrom_url: 'not a url' }, 'cdrom_url'],
      ['deleted: true', { deleted: true }, 'deleted'],
      ['an unknown group', { group_id: 999999 }, 'group_id'],
    ] as const) {
      it(`answers ${what} with 400 {"${field}": [...]}`, async () => {
        const api = await asDemo();
        const r = await api.put(staging, body);
        assert.equal(r.status, 400);
        assert.match(r.contentType, /^application\/json/);
        const problems = parse.problems(r);
        assert.deepEqual(Object.keys(problems), [field]);
        assert.ok(problems[field]!.length > 0 && problems[field]!.every((p) => p.length > 0));
      });
    }

    it('reports every bad field at once and applies nothing', async () => {
      const api = await asDemo();
      const before = parse.vm(await api.get(staging));
      const r = await api.put(staging, { cores: 99, memory: 3, name: 'ok-name', hardware_profile: 'nope' });
      assert.equal(r.status, 400);
      assert.deepEqual(Object.keys(parse.problems(r)).sort(), ['cores', 'hardware_profile', 'memory']);
      assert.deepEqual(parse.vm(await api.get(staging)), before);
    });

    it('refuses a body that is not JSON, or not sent as JSON, with 400 and a reason', async () => {
      const api = await asDemo();
      const wrongType = await api.raw(staging, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: '{"cores":2}' });
      assert.equal(wrongType.status, 400);
      assert.match(wrongType.text, /application\/json/);
      const form = await api.raw(staging, { method: 'PUT', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'cores=2' });
      assert.equal(form.status, 400);
      const notJson = await api.raw(staging, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{cores: 2' });
      assert.equal(notJson.status, 400);
      const array = await api.put(staging, [1, 2]);
      assert.equal(array.status, 400);
      assert.equal(parse.vm(await api.get(staging)).cores, 1);
    });

    it('renames, keeping the hostname in step, and refuses a name already taken in the group', async () => {
      const api = await asDemo();
      const r = await api.put(staging, { name: 'preprod' });
      assert.equal(parse.vm(r).hostname, 'preprod.web.demo.uk0.bigv.io');
      assert.equal((await api.get(staging)).status, 404);
      assert.equal((await api.get(vmPath('demo', 'web', 'preprod'))).status, 200);
      const clash = await api.put(vmPath('demo', 'web', 'preprod'), { name: 'web1' });
      assert.equal(clash.status, 400);
      assert.deepEqual(Object.keys(parse.problems(clash)), ['name']);
    });

    it('moves a stopped server to another group (even in another account), but not a running one', async () => {
      const api = await asDemo();
      const prod = parse.group(await api.get('/accounts/acme/groups/prod'));
      const running = await api.put(vmPath('demo', 'web', 'web1'), { group_id: prod.id });
      assert.equal(running.status, 400);
      assert.deepEqual(Object.keys(parse.problems(running)), ['group_id']);
      const moved = parse.vm(await api.put(staging, { name: 'staging2', group_id: prod.id }));
      assert.equal(moved.group_id, prod.id);
      assert.equal(moved.hostname, 'staging2.prod.acme.uk0.bigv.io');
      assert.equal((await api.get(vmPath('acme', 'prod', 'staging2'))).status, 200);
    });
  });

  describe('permissions', () => {
    it('viewer: writes to demo are 403, anything in acme is 404', async () => {
      const api = brain(sim(), await login(sim(), 'viewer'));
      const writes = [
        () => api.put(staging, { cores: 2 }),
        () => api.del(staging),
        () => api.post(`${vmPath('demo', 'web', 'web1')}/signal`, { signal: 'reset' }),
        () => api.post(`${staging}/reimage`, { distribution: 'jessie', root_password: 'x' }),
      ];
      for (const w of writes) assert.equal((await w()).status, 403);
      assert.equal(parse.vm(await api.get(staging)).cores, 1, 'nothing changed');
      assert.equal(sim().state.findServer('demo', 'web', 'web1')!.signals.length, 0);
      assert.equal((await api.put(vmPath('acme', 'prod', 'cache'), { cores: 2 })).status, 404);
      assert.equal((await api.del(vmPath('acme', 'prod', 'cache'))).status, 404);
      assert.equal((await api.put(vmPath('demo', 'web', 'nope'), { cores: 2 })).status, 404, 'unknown before forbidden');
    });
  });

  describe('DELETE, undelete and purge', () => {
    it('soft-deletes (204), powering the server off and hiding it', async () => {
      const api = await asDemo();
      const web1 = vmPath('demo', 'web', 'web1');
      const r = await api.del(web1);
      assert.equal(r.status, 204);
      assert.equal(r.text, '');
      assert.equal((await api.get(web1)).status, 404);
      const vm = parse.vm(await api.get(`${web1}?include_deleted=true`));
      assert.deepEqual([vm.deleted, vm.power_on, vm.autoreboot_on], [true, false, false]);
    });

    it('refuses other writes to a deleted server with 400', async () => {
      const api = await asDemo();
      const old = vmPath('demo', 'db', 'db-old');
      for (const r of [
        await api.put(old, { cores: 2 }),
        await api.put(old, { power_on: true }),
        await api.post(`${old}/signal`, { signal: 'reset' }),
        await api.post(`${old}/reimage`, { distribution: 'jessie', root_password: 'secret-pass' }),
        await api.del(old),
      ]) {
        assert.equal(r.status, 400);
        assert.ok(Object.keys(parse.problems(r)).length > 0);
      }
    });

    it('restores with PUT {"deleted": false}, stopped', async () => {
      const api = await asDemo();
      const old = vmPath('demo', 'db', 'db-old');
      const r = await api.put(old, { deleted: false });
      assert.equal(r.status, 200);
      const vm = parse.vm(r);
      assert.deepEqual([vm.deleted, vm.power_on], [false, false]);
      assert.equal((await api.get(old)).status, 200);
      const started = parse.vm(await api.put(old, { autoreboot_on: true, power_on: true }));
      assert.equal(started.power_on, true);
    });

    it('purges for good with ?purge=true, freeing the name', async () => {
      const api = await asDemo();
      const old = vmPath('demo', 'db', 'db-old');
      assert.equal((await api.del(`${old}?purge=true`)).status, 204);
      assert.equal((await api.get(`${old}?include_deleted=true`)).status, 404);
      assert.equal((await api.put(old, { deleted: false })).status, 404);
      assert.equal(sim().state.findServer('demo', 'db', 'db-old'), undefined);
      const renamed = await api.put(vmPath('demo', 'db', 'db2'), { name: 'db-old' });
      assert.equal(renamed.status, 200);
    });

    it('purges a live server too', async () => {
      const api = await asDemo();
      assert.equal((await api.del(`${vmPath('demo', 'web', 'web2')}?purge=true`)).status, 204);
      assert.equal((await api.get(`${vmPath('demo', 'web', 'web2')}?include_deleted=true`)).status, 404);
    });
  });
});
