import assert from 'node:assert/strict';
import { brain, login, parse, sleep, useSimulator, vmPath } from './harness';

const createBody = (name: string, extra: Record<string, unknown> = {}) => ({
  virtual_machine: { autoreboot_on: true, cores: 1, memory: 1024, name },
  discs: [{ label: 'disc-1', storage_grade: 'sata', size: 25600, backup_schedules: [{ start_at: '2026-05-18 00:00:00 BST', interval_seconds: 604800, capacity: 1 }] }],
  reimage: { distribution: 'symbiosis', firstboot_script: '', root_password: 'abcdefghijklmnop', ssh_public_key: '' },
  ...extra,
});

describe('simulator: creating servers and groups', () => {
  const { sim } = useSimulator({ transitionMs: 30 });
  const asDemo = async () => brain(sim(), await login(sim()));

  describe('POST …/vm_create', () => {
    it('takes the Go CLI body verbatim: 202, off at first, then imaged and powered on', async () => {
      const api = await asDemo();
      const r = await api.post('/accounts/demo/groups/web/vm_create', createBody('web3'));
      assert.equal(r.status, 202);
      const vm = parse.vm(r);
      assert.deepEqual([vm.name, vm.power_on, vm.hostname], ['web3', false, 'web3.web.demo.uk0.bigv.io']);
      assert.equal(vm.discs?.[0]?.backup_schedules?.[0]?.interval_seconds, 604800);
      await sleep(60);
      const later = parse.vm(await api.get(`${vmPath('demo', 'web', 'web3')}?view=overview`));
      assert.deepEqual([later.power_on, later.autoreboot_on, later.last_imaged_with], [true, true, 'symbiosis']);
      assert.equal(later.network_interfaces?.[0]?.ips.length, 2);
    });

    it('stays off when autoreboot_on is not sent (--stopped), and with no image', async () => {
      const api = await asDemo();
      const body = createBody('quiet');
      delete (body.virtual_machine as Record<string, unknown>).autoreboot_on;
      assert.equal((await api.post('/accounts/demo/groups/web/vm_create', body)).status, 202);
      assert.equal((await api.post('/accounts/demo/groups/web/vm_create', { ...createBody('blank'), reimage: undefined })).status, 202);
      await sleep(60);
      for (const n of ['quiet', 'blank']) assert.equal(sim().state.findServer('demo', 'web', n)!.power_on, false, n);
      assert.equal(sim().state.findServer('demo', 'web', 'blank')!.last_imaged_with, null);
    });

    for (const [what, body, field] of [
      ['a taken name', createBody('web1'), 'name'],
      ['a bad name', createBody('Web_1'), 'name'],
      ['too many cores', { ...createBody('x1'), virtual_machine: { name: 'x1', cores: 99 } }, 'cores'],
      ['too little memory', { ...createBody('x2'), virtual_machine: { name: 'x2', memory: 100 } }, 'memory'],
      ['an unknown zone', { ...createBody('x3'), virtual_machine: { name: 'x3', zone_name: 'atlantis' } }, 'zone_name'],
      ['an unknown distribution', { ...createBody('x4'), reimage: { distribution: 'beos', root_password: 'abcdefghij' } }, 'distribution'],
      ['a short root password', { ...createBody('x5'), reimage: { distribution: 'buster', root_password: 'short' } }, 'root_password'],
      ['nine discs', { ...createBody('x6'), discs: Array.from({ length: 9 }, () => ({ size: 1024 })) }, 'discs'],
      ['no virtual_machine', { discs: [] }, 'virtual_machine'],
    ] as const) {
      it(`refuses ${what} with 400 {"${field}": …}`, async () => {
        const api = await asDemo();
        const r = await api.post('/accounts/demo/groups/web/vm_create', body);
        assert.equal(r.status, 400, r.text);
        assert.ok(field in parse.object(r), r.text);
      });
    }

    it('reports disc problems as an array aligned with the request (an unknown grade, a device-name label, a tiny size)', async () => {
      const api = await asDemo();
      const r = await api.post('/accounts/demo/groups/web/vm_create', {
        ...createBody('x7'), discs: [{ size: 25600 }, { label: 'vdb', size: 10, storage_grade: 'gold' }],
      });
      assert.equal(r.status, 400);
      const discs = parse.object(r).discs as Array<Record<string, string[]>>;
      assert.deepEqual(discs[0], {});
      assert.deepEqual(Object.keys(discs[1]!).sort(), ['label', 'size', 'storage_grade']);
    });

    it('takes ips {ipv4, ipv6} (private VLANs), refusing one already in use', async () => {
      const api = await asDemo();
      const ips = { ipv4: '10.1.2.3', ipv6: 'fd00::3' };
      const vm = parse.vm(await api.post('/accounts/demo/groups/web/vm_create', { ...createBody('private'), ips }));
      assert.deepEqual(vm.network_interfaces?.[0]?.ips, ['10.1.2.3', 'fd00::3']);
      const again = await api.post('/accounts/demo/groups/web/vm_create', { ...createBody('private2'), ips });
      assert.deepEqual(Object.keys(parse.problems(again)), ['ips']);
    });

    it('is 403 for a reader and 404 for an invisible account', async () => {
      const viewer = brain(sim(), await login(sim(), 'viewer'));
      assert.equal((await viewer.post('/accounts/demo/groups/web/vm_create', createBody('nope'))).status, 403);
      assert.equal((await viewer.post('/accounts/acme/groups/prod/vm_create', createBody('nope'))).status, 404);
      assert.equal(sim().state.findServer('demo', 'web', 'nope'), undefined);
    });
  });

  describe('POST …/virtual_machines', () => {
    it('creates a bare machine (202, no discs, off)', async () => {
      const api = await asDemo();
      const r = await api.post('/accounts/demo/groups/default/virtual_machines', { name: 'bare', cores: 2, memory: 2048 });
      assert.equal(r.status, 202);
      const vm = parse.vm(r);
      assert.deepEqual([vm.cores, vm.discs?.length, vm.power_on], [2, 0, false]);
      assert.equal((await api.post('/accounts/demo/groups/default/virtual_machines', { name: 'bare' })).status, 400);
    });
  });

  describe('groups', () => {
    it('creates (200), reads by name and id (nested and not), renames (hostnames follow) and deletes (204)', async () => {
      const api = await asDemo();
      const r = await api.post('/accounts/demo/groups', { name: 'staging-area' });
      assert.equal(r.status, 200);
      const g = parse.group(r);
      assert.equal(parse.group(await api.get(`/accounts/demo/groups/${g.id}`)).name, 'staging-area');
      assert.equal(parse.group(await api.get(`/groups/${g.id}`)).name, 'staging-area');
      assert.equal((await api.post('/accounts/demo/groups/staging-area/virtual_machines', { name: 'box' })).status, 202);
      assert.equal(parse.group(await api.put(`/accounts/demo/groups/${g.id}`, { name: 'qa' })).name, 'qa');
      assert.equal(parse.vm(await api.get(vmPath('demo', 'qa', 'box'))).hostname, 'box.qa.demo.uk0.bigv.io');
      const refused = await api.del('/accounts/demo/groups/qa');
      assert.equal(refused.status, 400);
      assert.ok('group' in parse.problems(refused));
      assert.equal((await api.del(`${vmPath('demo', 'qa', 'box')}?purge=true`)).status, 204);
      assert.equal((await api.del('/accounts/demo/groups/qa')).status, 204);
      assert.equal((await api.get(`/groups/${g.id}`)).status, 404);
    });

    it('GET /groups/{name}: a name that is unique among visible groups, or narrowed by account_name', async () => {
      const api = await asDemo();
      assert.equal(parse.group(await api.get('/groups/web')).name, 'web');
      assert.equal((await api.get('/groups/default')).status, 404, 'ambiguous: demo and acme both have one');
      const acmeDefault = parse.group(await api.get('/groups/default?account_name=acme'));
      assert.equal(acmeDefault.id, parse.group(await api.get('/accounts/acme/groups/default')).id);
    });

    it('refuses a duplicate or invalid name, the default group, and non-admins', async () => {
      const api = await asDemo();
      assert.deepEqual(Object.keys(parse.problems(await api.post('/accounts/demo/groups', { name: 'web' }))), ['name']);
      assert.deepEqual(Object.keys(parse.problems(await api.post('/accounts/demo/groups', { name: 'Bad Name' }))), ['name']);
      assert.deepEqual(Object.keys(parse.problems(await api.put('/accounts/demo/groups/web', { name: 'db' }))), ['name']);
      assert.equal((await api.del('/accounts/demo/groups/default')).status, 400);
      const viewer = brain(sim(), await login(sim(), 'viewer'));
      assert.equal((await viewer.post('/accounts/demo/groups', { name: 'mine' })).status, 403);
      assert.equal((await viewer.del('/accounts/demo/groups/web')).status, 403);
      assert.equal((await viewer.post('/accounts/acme/groups', { name: 'mine' })).status, 404);
    });

    it('accounts: creating or deleting one is for staff (403)', async () => {
      const api = await asDemo();
      assert.equal((await api.post('/accounts', { name: 'new' })).status, 403);
      assert.equal((await api.del('/accounts/demo')).status, 403);
      assert.equal((await api.put('/accounts/demo', { name: 'renamed' })).status, 200);
      assert.equal(parse.account(await api.get('/accounts/demo')).name, 'demo');
    });
  });

  describe('PUT server: the rest of the attributes', () => {
    it('refuses fewer cores or less memory while running, and a zone change ever', async () => {
      const api = await asDemo();
      const mail = vmPath('demo', 'default', 'mail');
      assert.deepEqual(Object.keys(parse.problems(await api.put(mail, { cores: 1, memory: 1024 }))).sort(), ['cores', 'memory']);
      assert.equal(parse.vm(await api.put(mail, { cores: 4, memory: 4096 })).cores, 4, 'growing is fine');
      assert.equal(parse.vm(await api.put(mail, { cores: 1, power_on: false, autoreboot_on: false })).cores, 1, 'with the stop in the same body');
      assert.deepEqual(Object.keys(parse.problems(await api.put(mail, { zone_name: 'manchester' }))), ['zone_name']);
    });

    it('moves only with group admin on both groups (ops administers web only)', async () => {
      const ops = brain(sim(), await login(sim(), 'ops'));
      const demoApi = await asDemo();
      const db = parse.group(await demoApi.get('/accounts/demo/groups/db'));
      const r = await ops.put(vmPath('demo', 'web', 'staging'), { group_id: db.id });
      assert.equal(r.status, 400);
      assert.deepEqual(Object.keys(parse.problems(r)), ['group_id']);
      assert.equal(parse.vm(await ops.put(vmPath('demo', 'web', 'staging'), { autoreboot_on: true, keymap: 'fr' })).keymap, 'fr');
      assert.equal((await ops.put(vmPath('demo', 'db', 'db2'), { keymap: 'fr' })).status, 403);
    });
  });
});
