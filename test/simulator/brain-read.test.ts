import assert from 'node:assert/strict';
import { brain, login, parse, request, useSimulator, vmPath } from './harness';

describe('simulator: brain reads', () => {
  const { sim } = useSimulator();
  const asDemo = async () => brain(sim(), await login(sim()));

  describe('seed estate', () => {
    it('gives demo two accounts, each with at least three groups including default', async () => {
      const accounts = parse.accounts(await (await asDemo()).get('/accounts?view=overview&include_deleted=true'));
      assert.deepEqual(accounts.map((a) => a.name), ['demo', 'acme']);
      for (const a of accounts) {
        const names = a.groups!.map((g) => g.name);
        assert.ok(names.length >= 3 && names.includes('default'), `${a.name}: ${names.join(',')}`);
      }
    });

    it('has running, stopped, deleted, CD-ROM and extra-IP servers with discs and NICs', async () => {
      const accounts = parse.accounts(await (await asDemo()).get('/accounts?view=overview&include_deleted=true'));
      const vms = accounts.flatMap((a) => a.groups!.flatMap((g) => g.virtual_machines!));
      assert.ok(vms.length >= 8);
      assert.ok(vms.some((v) => v.power_on && !v.deleted));
      assert.ok(vms.some((v) => !v.power_on && !v.deleted));
      assert.equal(vms.filter((v) => v.deleted).length, 1);
      assert.ok(vms.some((v) => typeof v.cdrom_url === 'string'));
      assert.ok(vms.some((v) => Object.keys(v.network_interfaces![0]!.extra_ips).length > 0));
      for (const v of vms) {
        assert.ok(v.discs!.length >= 1 && v.network_interfaces!.length >= 1, v.name);
        assert.ok(['york', 'manchester'].includes(v.zone_name!), v.name);
        assert.match(v.management_address!, /^\d+\.\d+\.\d+\.\d+$/);
        const ips = v.network_interfaces![0]!.ips;
        assert.ok(ips.some((ip) => ip.includes('.')) && ips.some((ip) => ip.includes(':')), `${v.name} has v4 and v6`);
        assert.equal(v.head === null, !v.power_on, `${v.name}: head is set exactly while running`);
        for (const d of v.discs!) assert.ok(d.size % 1024 === 0 && d.storage_pool, `${v.name} disc ${d.label}`);
      }
    });

    it('names hosts name.group.account.uk0.bigv.io', async () => {
      const vm = parse.vm(await (await asDemo()).get(vmPath('demo', 'web', 'web1')));
      assert.equal(vm.hostname, 'web1.web.demo.uk0.bigv.io');
    });
  });

  describe('view=overview', () => {
    it('embeds groups → virtual_machines → discs and network_interfaces', async () => {
      const r = await (await asDemo()).get('/accounts?view=overview');
      assert.equal(r.status, 200);
      assert.match(r.contentType, /^application\/json/);
      const [demo] = parse.accounts(r);
      const web1 = demo!.groups!.find((g) => g.name === 'web')!.virtual_machines!.find((v) => v.name === 'web1')!;
      assert.equal(web1.type, 'application/vnd.bigv.virtual-machine');
      assert.equal(web1.discs![0]!.type, 'application/vnd.bigv.disc');
      assert.equal(web1.network_interfaces![0]!.type, 'application/vnd.bigv.network-interface');
      assert.equal(web1.discs![0]!.virtual_machine_id, web1.id);
    });

    it('without it, embeds nothing', async () => {
      const api = await asDemo();
      const list = parse.accounts(await api.get('/accounts'));
      assert.ok(list.every((a) => !('groups' in a)));
      const one = parse.account(await api.get('/accounts/demo'));
      assert.ok(!('groups' in one));
      const groups = parse.groups(await api.get('/accounts/demo/groups'));
      assert.ok(groups.every((g) => !('virtual_machines' in g)));
      const vms = parse.vms(await api.get('/accounts/demo/groups/web/virtual_machines'));
      assert.ok(vms.length === 3 && vms.every((v) => !('discs' in v) && !('network_interfaces' in v)));
      const vm = parse.vm(await api.get(vmPath('demo', 'web', 'web1')));
      assert.ok(!('discs' in vm) && !('network_interfaces' in vm));
    });

    it('on a group or a server, embeds their children', async () => {
      const api = await asDemo();
      const g = parse.group(await api.get('/accounts/demo/groups/web?view=overview'));
      assert.equal(g.virtual_machines!.length, 3);
      assert.ok(g.virtual_machines!.every((v) => v.discs!.length > 0));
      const vm = parse.vm(await api.get(`${vmPath('demo', 'db', 'db1')}?view=overview`));
      assert.equal(vm.discs!.length, 2);
      assert.equal(vm.network_interfaces!.length, 1);
    });
  });

  describe('include_deleted', () => {
    it('hides deleted servers from lists and overviews unless asked', async () => {
      const api = await asDemo();
      const names = (vms: Array<{ name: string }>) => vms.map((v) => v.name);
      assert.ok(!names(parse.vms(await api.get('/accounts/demo/groups/db/virtual_machines'))).includes('db-old'));
      assert.ok(names(parse.vms(await api.get('/accounts/demo/groups/db/virtual_machines?include_deleted=true'))).includes('db-old'));
      const overview = parse.accounts(await api.get('/accounts?view=overview'));
      assert.ok(overview.every((a) => a.groups!.every((g) => g.virtual_machines!.every((v) => !v.deleted))));
    });

    it('answers a direct GET of a deleted server with 404 unless asked', async () => {
      const api = await asDemo();
      assert.equal((await api.get(vmPath('demo', 'db', 'db-old'))).status, 404);
      const r = await api.get(`${vmPath('demo', 'db', 'db-old')}?view=overview&include_deleted=true`);
      assert.equal(r.status, 200);
      const vm = parse.vm(r);
      assert.equal(vm.deleted, true);
      assert.equal(vm.power_on, false);
    });
  });

  describe('addressing', () => {
    it('takes names or numeric ids for accounts, groups and servers', async () => {
      const api = await asDemo();
      const byName = parse.vm(await api.get(vmPath('demo', 'web', 'web2')));
      const acc = parse.account(await api.get('/accounts/demo'));
      const grp = parse.group(await api.get('/accounts/demo/groups/web'));
      assert.equal(grp.account_id, acc.id);
      const byIds = parse.vm(await api.get(vmPath(String(acc.id), String(grp.id), String(byName.id))));
      assert.deepEqual(byIds, byName);
      assert.equal(byName.group_id, grp.id);
    });

    it('answers unknown accounts, groups, servers and paths with 404', async () => {
      const api = await asDemo();
      for (const p of ['/accounts/nope', '/accounts/demo/groups/nope', vmPath('demo', 'web', 'nope'),
        vmPath('demo', 'db', 'web1'), '/accounts/99999', '/nonsense', '/accounts/demo/widgets']) {
        assert.equal((await api.get(p)).status, 404, p);
      }
    });

    it('does not find a group of one account through another', async () => {
      const api = await asDemo();
      const prod = parse.group(await api.get('/accounts/acme/groups/prod'));
      assert.equal((await api.get(`/accounts/demo/groups/${prod.id}`)).status, 404);
    });
  });

  describe('discs and NICs', () => {
    it('lists them under a server, and finds a disc by label or id', async () => {
      const api = await asDemo();
      const discs = parse.discs(await api.get(`${vmPath('demo', 'db', 'db1')}/discs`));
      assert.deepEqual(discs.map((d) => [d.label, d.storage_grade]), [['root', 'ssd'], ['backups', 'archive']]);
      const byLabel = parse.object(await api.get(`${vmPath('demo', 'db', 'db1')}/discs/backups`));
      const byId = parse.object(await api.get(`${vmPath('demo', 'db', 'db1')}/discs/${discs[1]!.id}`));
      assert.deepEqual(byLabel, byId);
      assert.equal(byLabel.size, 512000);
      const nics = parse.nics(await api.get(`${vmPath('demo', 'db', 'db1')}/nics`));
      const primary = nics[0]!.ips[0]!;
      assert.deepEqual(Object.values(nics[0]!.extra_ips), [primary, primary]);
      assert.equal((await api.get(`${vmPath('demo', 'db', 'db1')}/discs/nope`)).status, 404);
    });
  });

  describe('non-nested GETs', () => {
    it('serves /groups and /groups/{id} with account filters', async () => {
      const api = await asDemo();
      const all = parse.groups(await api.get('/groups'));
      assert.equal(all.length, 6);
      const acme = parse.groups(await api.get('/groups?account_name=acme'));
      assert.deepEqual(acme.map((g) => g.name), ['default', 'prod', 'office']);
      const sameById = parse.groups(await api.get(`/groups?account_id=${acme[0]!.account_id}`));
      assert.deepEqual(sameById, acme);
      const one = parse.group(await api.get(`/groups/${acme[1]!.id}?view=overview`));
      assert.equal(one.virtual_machines!.length, 3);
    });

    it('serves /virtual_machines with the documented filters', async () => {
      const api = await asDemo();
      const all = parse.vms(await api.get('/virtual_machines'));
      const withDeleted = parse.vms(await api.get('/virtual_machines?include_deleted=true'));
      assert.equal(withDeleted.length, all.length + 1);
      const web = parse.vms(await api.get('/virtual_machines?account_name=demo&group_name=web'));
      assert.deepEqual(web.map((v) => v.name), ['web1', 'web2', 'staging']);
      const byGroupId = parse.vms(await api.get(`/virtual_machines?group_id=${web[0]!.group_id}`));
      assert.deepEqual(byGroupId, web);
      assert.deepEqual(parse.vms(await api.get('/virtual_machines?vm_name=web2')).map((v) => v.id), [web[1]!.id]);
      assert.deepEqual(parse.vms(await api.get('/virtual_machines?group_name=nope')), []);
    });

    it('serves /virtual_machines/{id}, hiding deleted ones unless asked', async () => {
      const api = await asDemo();
      const web1 = parse.vm(await api.get(vmPath('demo', 'web', 'web1')));
      const flat = parse.vm(await api.get(`/virtual_machines/${web1.id}?view=overview&include_deleted=true`));
      assert.equal(flat.name, 'web1');
      assert.ok(flat.discs!.length > 0);
      const old = parse.vm(await api.get(`${vmPath('demo', 'db', 'db-old')}?include_deleted=true`));
      assert.equal((await api.get(`/virtual_machines/${old.id}`)).status, 404);
      assert.equal((await api.get(`/virtual_machines/${old.id}?include_deleted=true`)).status, 200);
    });

    it('serves /discs and /nics, filtered by vm_id', async () => {
      const api = await asDemo();
      const db1 = parse.vm(await api.get(vmPath('demo', 'db', 'db1')));
      assert.deepEqual(parse.discs(await api.get(`/discs?vm_id=${db1.id}`)).map((d) => d.label), ['root', 'backups']);
      const allDiscs = parse.discs(await api.get('/discs'));
      assert.ok(allDiscs.length > 10);
      assert.equal(parse.object(await api.get(`/discs/${allDiscs[0]!.id}`)).id, allDiscs[0]!.id);
      const nics = parse.nics(await api.get(`/nics?vm_id=${db1.id}`));
      assert.equal(nics.length, 1);
      assert.equal(parse.object(await api.get(`/nics/${nics[0]!.id}`)).mac, nics[0]!.mac);
    });

    it('is read-only', async () => {
      const api = await asDemo();
      const web1 = parse.vm(await api.get(vmPath('demo', 'web', 'web1')));
      const r = await api.put(`/virtual_machines/${web1.id}`, { cores: 2 });
      assert.equal(r.status, 405);
    });
  });

  describe('viewer', () => {
    it('sees only account demo, and gets 404 for anything in acme', async () => {
      const api = brain(sim(), await login(sim(), 'viewer'));
      assert.deepEqual(parse.accounts(await api.get('/accounts?view=overview')).map((a) => a.name), ['demo']);
      assert.equal((await api.get(vmPath('demo', 'web', 'web1'))).status, 200);
      for (const p of ['/accounts/acme', '/accounts/acme/groups', vmPath('acme', 'prod', 'app1'), '/groups?account_name=acme']) {
        const r = await api.get(p);
        if (p.startsWith('/groups')) assert.deepEqual(r.json, []);
        else assert.equal(r.status, 404, p);
      }
      const demoApi = await asDemo();
      const app1 = parse.vm(await demoApi.get(vmPath('acme', 'prod', 'app1')));
      assert.equal((await api.get(`/virtual_machines/${app1.id}`)).status, 404);
    });
  });

  describe('GET /definitions', () => {
    it('needs no session and lists every definition the clients use', async () => {
      const r = await request(`${sim().url}/definitions`);
      assert.equal(r.status, 200);
      const defs = new Map(parse.definitions(r).map((d) => [d.id, d.data]));
      for (const id of ['distributions', 'distribution_descriptions', 'storage_grades', 'storage_grade_descriptions',
        'hardware_profiles', 'zone_names', 'keymaps', 'sendkeys']) assert.ok(defs.has(id), id);
      assert.ok((defs.get('distributions') as string[]).includes('symbiosis'));
      assert.deepEqual([...(defs.get('zone_names') as string[])].sort(), ['manchester', 'york']);
      assert.equal((defs.get('keymaps') as string[]).length, 33);
      const keys = defs.get('sendkeys') as string[];
      assert.equal(keys.length, 99);
      for (const k of ['ctrl', 'alt', 'delete', 'f12', 'kp_enter', 'minus']) assert.ok(keys.includes(k), k);
      assert.equal((defs.get('storage_grade_descriptions') as Record<string, string>).ssd, 'Premium SSD');
    });

    it('ignores a stale Authorization header', async () => {
      const r = await brain(sim(), 'f'.repeat(64)).get('/definitions');
      assert.equal(r.status, 200);
    });
  });
});
