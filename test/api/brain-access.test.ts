// BrainClient's resource methods for NICs and IPs, users and SSH keys, privileges and API keys.
import assert from 'node:assert/strict';
import { apiKeyToken, BadRequestError, BrainClient, ForbiddenError, NotFoundError, UnauthorizedError, type ServerRef } from '../../src/api';
import { DEMO_API_KEY, DEMO_SSH_KEY } from '../simulator';
import { rejection, useSimulator } from './helpers';

const ref = (group: string, server: string, account = 'demo'): ServerRef => ({ account, group, server });
const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIClientTestClientTestClientTestClientTest0 test@client';

describe('api: network, users, privileges, API keys', () => {
  const h = useSimulator();

  describe('brain.network', () => {
    it('nics, nic, addIps (first NIC by default, or a given one), getIp, setRdns, deleteIp', async () => {
      const { brain } = await h.signedIn();
      const web1 = ref('web', 'web1');
      const [nic] = await brain.network.nics(web1);
      assert.ok(nic);
      assert.equal((await brain.network.nic(web1, nic.id)).mac, nic.mac);
      const ips = await brain.network.addIps(web1, { addresses: 2, reason: 'client test' });
      const more = await brain.network.addIps(web1, { addresses: 1, reason: 'client test' }, nic.id);
      assert.equal(ips.length + more.length, 3);
      const ip = ips[0]!;
      assert.equal((await brain.network.setRdns(ip, 'extra.example.com'))?.rdns, 'extra.example.com');
      assert.deepEqual(await brain.network.getIp(ip), { address: ip, rdns: 'extra.example.com' });
      await brain.network.deleteIp(ip);
      assert.ok(!(ip in (await brain.network.nic(web1, nic.id)).extra_ips));
      const tooMany = await rejection(brain.network.addIps(web1, { addresses: 4, reason: 'x' }));
      assert.ok(tooMany instanceof BadRequestError && tooMany.problems.addresses, String(tooMany));
      const v6 = await rejection(brain.network.addIps(web1, { addresses: 1, reason: 'x', family: 'ipv6' }));
      assert.ok(v6 instanceof BadRequestError && v6.problems.family, String(v6));
    });

    it('setRdns refuses a bad name; a primary IP cannot be deleted; invisible IPs are 404; swapIps', async () => {
      const { brain } = await h.signedIn();
      const primary = (await brain.network.nics(ref('web', 'web1')))[0]!.ips[0]!;
      assert.ok((await rejection(brain.network.setRdns(primary, 'no spaces please'))) instanceof BadRequestError);
      assert.ok((await rejection(brain.network.deleteIp(primary))) instanceof BadRequestError);
      const acmeIp = (await brain.network.nics(ref('prod', 'app1', 'acme')))[0]!.ips[0]!;
      const { brain: viewer } = await h.signedIn('viewer');
      assert.ok((await rejection(viewer.network.getIp(acmeIp))) instanceof NotFoundError);
      assert.ok((await rejection(viewer.network.setRdns(primary, 'x.example.com'))) instanceof ForbiddenError);
      const staging = await brain.getServer(ref('web', 'staging'));
      const scratch = await brain.getServer(ref('default', 'scratch'));
      await brain.network.swapIps(staging.id, scratch.id, true);
      assert.deepEqual((await brain.getServer(ref('web', 'staging'))).network_interfaces![0]!.ips, scratch.network_interfaces![0]!.ips);
    });
  });

  describe('brain.users', () => {
    it('get, authorizedKeys, addAuthorizedKey (idempotent), removeAuthorizedKey, update', async () => {
      const { brain } = await h.signedIn();
      assert.deepEqual(await brain.users.authorizedKeys('demo'), [DEMO_SSH_KEY]);
      await brain.users.addAuthorizedKey('demo', KEY);
      await brain.users.addAuthorizedKey('demo', KEY);
      assert.deepEqual(await brain.users.authorizedKeys('demo'), [DEMO_SSH_KEY, KEY]);
      await brain.users.removeAuthorizedKey('demo', 'demo@laptop');
      assert.deepEqual(await brain.users.authorizedKeys('demo'), [KEY]);
      const u = await brain.users.update('demo', { email: 'me@example.org' });
      assert.equal(u?.email, 'me@example.org');
      assert.equal((await brain.users.get('demo')).authorized_keys, KEY, 'keys untouched by an email change');
      const bad = await rejection(brain.users.addAuthorizedKey('demo', 'hello world'));
      assert.ok(bad instanceof BadRequestError && bad.problems.authorized_keys, String(bad));
      assert.ok((await rejection(brain.users.get('viewer'))) instanceof NotFoundError);
    });
  });

  describe('brain.privileges', () => {
    it('list, forUser, on (account, group, server), grant, revoke', async () => {
      const { brain } = await h.signedIn();
      assert.ok((await brain.privileges.list()).some((p) => p.username === 'ops'));
      assert.deepEqual((await brain.privileges.forUser('ops')).map((p) => p.level).sort(), ['group_admin', 'vm_console']);
      assert.ok((await brain.privileges.on({ account: 'demo' })).some((p) => p.level === 'account_admin'));
      assert.ok((await brain.privileges.on({ account: 'demo', group: 'web' })).some((p) => p.username === 'ops'));
      assert.deepEqual((await brain.privileges.on(ref('db', 'db1'))).map((p) => p.level), ['vm_console']);
      const db = await brain.groups.get({ account: 'demo', group: 'db' });
      const p = await brain.privileges.grant('viewer', { level: 'group_admin', group_id: db.id, yubikey_required: true });
      assert.deepEqual([p?.group_name, p?.yubikey_required], ['db', true]);
      await brain.privileges.revoke(p!.id);
      assert.ok(!(await brain.privileges.forUser('viewer')).some((x) => x.id === p!.id));
      const { brain: ops } = await h.signedIn('ops');
      assert.ok((await rejection(ops.privileges.grant('viewer', { level: 'group_admin', group_id: db.id }))) instanceof ForbiddenError);
      assert.ok((await rejection(brain.privileges.revoke(999999))) instanceof NotFoundError);
    });
  });

  describe('brain.apiKeys', () => {
    it('list, create (the token then works), delete (the token then 401); the seeded key', async () => {
      const { brain } = await h.signedIn();
      const me = await brain.users.get('demo');
      assert.deepEqual((await brain.apiKeys.list()).map((k) => k.label), ['ci']);
      const key = await brain.apiKeys.create({ label: 'deploy', user_id: me.id });
      assert.ok(key.api_key);
      const web = await brain.groups.get({ account: 'demo', group: 'web' });
      await brain.privileges.grant('demo', { level: 'group_admin', group_id: web.id, api_key_id: key.id });
      const keyed = new BrainClient(h.sim.url, () => apiKeyToken(key.api_key!));
      await keyed.servers.setKeymap(ref('web', 'staging'), 'de');
      assert.ok((await rejection(keyed.servers.setKeymap(ref('db', 'db2'), 'de'))) instanceof NotFoundError, 'outside the key: invisible');
      await brain.apiKeys.delete(key.id);
      assert.ok((await rejection(keyed.getAccounts({}))) instanceof UnauthorizedError);
      const seeded = new BrainClient(h.sim.url, () => DEMO_API_KEY);
      assert.deepEqual((await seeded.getAccounts({})).map((a) => a.name), ['demo']);
      assert.ok((await rejection(brain.apiKeys.create({ label: '' }))) instanceof BadRequestError);
    });
  });
});
