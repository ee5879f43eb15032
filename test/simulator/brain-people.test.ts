import assert from 'node:assert/strict';
import { z } from 'zod';
import { DEMO_API_KEY, DEMO_SSH_KEY } from './index';
import { brain, login, parse, useSimulator, vmPath, type Res } from './harness';

const privileges = (r: Res) => z.array(z.object({ id: z.number(), username: z.string(), level: z.string() }).passthrough()).parse(r.json);
const KEY2 = 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 second@host';

describe('simulator: users, privileges and API keys', () => {
  const { sim } = useSimulator({ transitionMs: 0 });
  const asDemo = async () => brain(sim(), await login(sim()));

  describe('/users/{u}', () => {
    it('reads yourself by name or id, with the newline-separated authorized_keys', async () => {
      const api = await asDemo();
      const me = parse.object(await api.get('/users/demo'));
      assert.deepEqual([me.username, me.email, me.authorized_keys], ['demo', 'demo@example.com', `${DEMO_SSH_KEY}\n`]);
      assert.deepEqual(parse.object(await api.get(`/users/${String(me.id)}`)), me);
    });

    it('PUT replaces the keys (the Go client sends the whole user back; id and username are ignored)', async () => {
      const api = await asDemo();
      const me = parse.object(await api.get('/users/demo'));
      const keys = `${DEMO_SSH_KEY}\n${KEY2}`;
      const r = await api.put('/users/demo', { ...me, username: 'hacker', id: 1, authorized_keys: keys });
      assert.equal(r.status, 200);
      assert.deepEqual([parse.object(r).username, parse.object(r).authorized_keys], ['demo', keys]);
      assert.equal(sim().state.people.users.get('demo')!.authorized_keys, keys);
    });

    it('refuses a line that is not a key (400), and other users are invisible (404)', async () => {
      const api = await asDemo();
      const r = await api.put('/users/demo', { authorized_keys: `${DEMO_SSH_KEY}\nnot a key` });
      assert.deepEqual(parse.problems(r), { authorized_keys: ['line 2 is not an SSH public key'] });
      assert.equal((await api.get('/users/viewer')).status, 404);
      assert.equal((await api.put('/users/viewer', { authorized_keys: '' })).status, 404);
      assert.equal((await api.get('/users/nobody')).status, 404);
    });
  });

  describe('privileges', () => {
    it('lists what you hold and what you administer; on an account, group and server', async () => {
      const api = await asDemo();
      const all = privileges(await api.get('/privileges'));
      assert.ok(all.some((p) => p.username === 'demo' && p.level === 'account_admin'));
      assert.ok(all.some((p) => p.username === 'ops' && p.level === 'group_admin' && p.group_name === 'web'));
      assert.deepEqual(privileges(await api.get('/users/ops/privileges')).map((p) => p.level).sort(), ['group_admin', 'vm_console']);
      assert.ok(privileges(await api.get('/accounts/demo/privileges')).every((p) => p.account_id !== undefined));
      assert.deepEqual(privileges(await api.get('/accounts/demo/groups/web/privileges')).map((p) => p.username).sort(), ['demo', 'ops']);
      assert.deepEqual(privileges(await api.get(`${vmPath('demo', 'db', 'db1')}/privileges`)).map((p) => p.level), ['vm_console']);
    });

    it('grants (201) and revokes (204); the grant takes effect at once', async () => {
      const api = await asDemo();
      const staging = parse.vm(await api.get(vmPath('demo', 'web', 'staging')));
      const viewer = brain(sim(), await login(sim(), 'viewer'));
      assert.equal((await viewer.put(vmPath('demo', 'web', 'staging'), { cores: 2 })).status, 403);
      const r = await api.post('/users/viewer/privileges', { level: 'vm_admin', virtual_machine_id: staging.id });
      assert.equal(r.status, 201);
      const p = parse.object(r);
      assert.deepEqual([p.username, p.virtual_machine_name, p.creating_username], ['viewer', 'staging', 'demo']);
      assert.equal((await viewer.put(vmPath('demo', 'web', 'staging'), { cores: 2 })).status, 200);
      assert.equal((await api.post('/users/viewer/privileges', { level: 'vm_admin', virtual_machine_id: staging.id })).status, 400, 'duplicate');
      assert.equal((await viewer.del(`/privileges/${String(p.id)}`)).status, 403, 'holder cannot revoke');
      assert.equal((await api.del(`/privileges/${String(p.id)}`)).status, 204);
      assert.equal((await viewer.put(vmPath('demo', 'web', 'staging'), { cores: 1 })).status, 403);
    });

    it('keeps password_required as the official CLI sends it on a grant, and reads it back (bigv-api.md §B.6, §B.9)', async () => {
      const api = await asDemo();
      const web = parse.group(await api.get('/accounts/demo/groups/web'));
      // `bytemark grant privilege` without --api-key-id sends this body
      const r = await api.post('/users/viewer/privileges', { level: 'group_admin', group_id: web.id, yubikey_required: false, password_required: true });
      assert.equal(r.status, 201);
      const p = parse.object(r);
      assert.equal(p.password_required, true);
      assert.equal(parse.object(await api.get(`/privileges/${String(p.id)}`)).password_required, true);
      assert.equal(privileges(await api.get('/accounts/demo/groups/web/privileges')).find((x) => x.id === p.id)?.password_required, true);
      const db1 = parse.vm(await api.get(vmPath('demo', 'db', 'db1')));
      assert.equal(parse.object(await api.post('/users/viewer/privileges', { level: 'vm_console', virtual_machine_id: db1.id })).password_required, false, 'not sent: false');
    });

    it('a privilege outside your accounts shows just its server (the rest stays 404)', async () => {
      const api = await asDemo();
      const app1 = parse.vm(await api.get(vmPath('acme', 'prod', 'app1')));
      assert.equal((await api.post('/users/viewer/privileges', { level: 'vm_admin', virtual_machine_id: app1.id })).status, 201);
      const viewer = brain(sim(), await login(sim(), 'viewer'));
      const acme = parse.accounts(await viewer.get('/accounts?view=overview')).find((a) => a.name === 'acme')!;
      assert.deepEqual(acme.groups!.map((g) => [g.name, g.virtual_machines!.map((v) => v.name)]), [['prod', ['app1']]]);
      assert.equal((await viewer.put(vmPath('acme', 'prod', 'app1'), { keymap: 'de' })).status, 200);
      assert.equal((await viewer.get(vmPath('acme', 'prod', 'app2'))).status, 404);
      assert.deepEqual(parse.vms(await viewer.get('/virtual_machines?account_name=acme')).map((v) => v.name), ['app1']);
    });

    it('refuses an unknown level, a missing target, cluster levels (403), and granting on what you do not administer', async () => {
      const api = await asDemo();
      assert.deepEqual(Object.keys(parse.problems(await api.post('/users/viewer/privileges', { level: 'god' }))), ['level']);
      assert.deepEqual(Object.keys(parse.problems(await api.post('/users/viewer/privileges', { level: 'group_admin' }))), ['group_id']);
      assert.equal((await api.post('/users/viewer/privileges', { level: 'cluster_admin' })).status, 403);
      const ops = brain(sim(), await login(sim(), 'ops'));
      const db = parse.group(await api.get('/accounts/demo/groups/db'));
      assert.equal((await ops.post('/users/viewer/privileges', { level: 'group_admin', group_id: db.id })).status, 403);
      const web = parse.group(await api.get('/accounts/demo/groups/web'));
      assert.equal((await ops.post('/users/viewer/privileges', { level: 'group_admin', group_id: web.id })).status, 201, 'ops administers web');
    });
  });

  describe('API keys', () => {
    it('the seeded key is a bearer token: group_admin on demo/web, nothing else', async () => {
      const key = brain(sim(), DEMO_API_KEY);
      assert.deepEqual(parse.accounts(await key.get('/accounts')).map((a) => a.name), ['demo']);
      assert.equal((await key.put(vmPath('demo', 'web', 'staging'), { cores: 2 })).status, 200);
      assert.equal((await key.put(vmPath('demo', 'db', 'db2'), { cores: 2 })).status, 404, 'outside its privileges: invisible');
      assert.equal((await key.get(vmPath('acme', 'prod', 'app1'))).status, 404);
      const groups = parse.accounts(await key.get('/accounts?view=overview'))[0]!.groups!;
      assert.deepEqual(groups.map((g) => g.name), ['web'], 'only what its privilege is on');
      assert.equal((await key.get(vmPath('demo', 'db', 'db1'))).status, 404);
      assert.equal((await key.get('/accounts/demo/groups/db')).status, 404);
      assert.equal((await brain(sim(), 'apikey.wrong').get('/accounts')).status, 401);
    });

    it('creates (201, the secret shown once), lists without it, deletes (204, the token then 401)', async () => {
      const api = await asDemo();
      const me = parse.object(await api.get('/users/demo'));
      const r = await api.post('/api_keys', { user_id: me.id, label: 'deploy', expires_at: '2099-01-01T00:00:00Z' });
      assert.equal(r.status, 201);
      const k = parse.object(r);
      assert.equal(typeof k.api_key, 'string');
      const listed = z.array(z.record(z.string(), z.unknown())).parse((await api.get('/api_keys?view=overview')).json);
      assert.deepEqual(listed.map((x) => x.label).sort(), ['ci', 'deploy']);
      assert.ok(listed.every((x) => !('api_key' in x)));
      const token = `apikey.${String(k.api_key)}`;
      assert.deepEqual(parse.accounts(await brain(sim(), token).get('/accounts')), [], 'no privileges yet: sees nothing');
      assert.equal((await api.del(`/api_keys/${String(k.id)}`)).status, 204);
      assert.equal((await brain(sim(), token).get('/accounts')).status, 401);
    });

    it('an expired key is 401', async () => {
      const key = [...sim().state.people.apiKeys.values()][0]!;
      key.expires_at = new Date(Date.now() - 1000).toISOString();
      assert.equal((await brain(sim(), DEMO_API_KEY).get('/accounts')).status, 401);
    });

    it('refuses a blank label, a past expiry, someone else\'s user_id, and key management with a key', async () => {
      const api = await asDemo();
      assert.deepEqual(Object.keys(parse.problems(await api.post('/api_keys', { label: '' }))), ['label']);
      assert.deepEqual(Object.keys(parse.problems(await api.post('/api_keys', { label: 'old', expires_at: '2001-01-01' }))), ['expires_at']);
      assert.equal((await api.post('/api_keys', { label: 'x', user_id: 999 })).status, 403);
      assert.equal((await brain(sim(), DEMO_API_KEY).post('/api_keys', { label: 'x' })).status, 403);
    });
  });
});
