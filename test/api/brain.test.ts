// BrainClient against the simulator: every call, by names and by ids, and what the simulator
// recorded as a result.
import assert from 'node:assert/strict';
import {
  BadRequestError,
  BrainClient,
  ForbiddenError,
  InsecureEndpointError,
  NotFoundError,
  UnauthorizedError,
  type ServerRef,
} from '../../src/api';
import { rejection, useSimulator } from './helpers';

const ref = (account: string, group: string, server: string): ServerRef => ({ account, group, server });

describe('api: BrainClient', () => {
  const h = useSimulator();

  it('lists the estate in one overview call, hiding deleted servers unless asked', async () => {
    const { brain } = await h.signedIn();
    const accounts = await brain.getAccounts({});
    assert.deepEqual(accounts.map((a) => a.name).sort(), ['acme', 'demo']);
    const demo = accounts.find((a) => a.name === 'demo')!;
    const groups = demo.groups ?? [];
    assert.ok(groups.some((g) => g.name === 'default'));
    const servers = groups.flatMap((g) => g.virtual_machines ?? []);
    assert.ok(servers.some((s) => s.power_on) && servers.some((s) => !s.power_on), 'mixed power states');
    assert.ok(!servers.some((s) => s.name === 'db-old'));
    const gateway = servers.find((s) => s.name === 'gateway')!;
    assert.ok((gateway.discs ?? []).length > 0 && (gateway.network_interfaces ?? []).length > 0, 'overview embeds discs and NICs');

    const withDeleted = await brain.getAccounts({ includeDeleted: true });
    const all = withDeleted.flatMap((a) => a.groups ?? []).flatMap((g) => g.virtual_machines ?? []);
    const dbOld = all.find((s) => s.name === 'db-old');
    assert.equal(dbOld?.deleted, true);

    assert.deepEqual(
      h.sim.requests.filter((r) => r.path === '/accounts').map((r) => [r.query, r.auth]),
      [
        ['view=overview', true],
        ['view=overview&include_deleted=true', true],
      ],
    );
  });

  it('reads one server by names and by ids, deleted ones included', async () => {
    const { brain } = await h.signedIn();
    const byName = await brain.getServer(ref('demo', 'web', 'web1'));
    assert.equal(byName.name, 'web1');
    const accounts = await brain.getAccounts({});
    const demo = accounts.find((a) => a.name === 'demo')!;
    const web = demo.groups!.find((g) => g.name === 'web')!;
    const byId = await brain.getServer({ account: demo.id, group: web.id, server: byName.id });
    assert.equal(byId.id, byName.id);
    assert.equal(byId.name, 'web1');
    assert.equal((await brain.getServer(ref('demo', 'db', 'db-old'))).deleted, true);
    const get = h.sim.requests.find((r) => r.path === '/accounts/demo/groups/web/virtual_machines/web1')!;
    assert.equal(get.query, 'view=overview&include_deleted=true');
  });

  it('updates a server partially (start and stop)', async () => {
    const { brain } = await h.signedIn();
    const staging = ref('demo', 'web', 'staging');
    await brain.servers.update(staging, { power_on: true, autoreboot_on: true });
    let s = h.sim.state.findServer('demo', 'web', 'staging')!;
    assert.equal(s.power_on, true);
    assert.equal(s.autoreboot_on, true);
    assert.equal(s.memory, 2048, 'fields not sent are left alone');
    await brain.servers.update(staging, { power_on: false, autoreboot_on: false });
    s = h.sim.state.findServer('demo', 'web', 'staging')!;
    assert.equal(s.power_on, false);
    assert.equal((await brain.getServer(staging)).power_on, false);
  });

  it('sends signals, with data for sendkey', async () => {
    const { brain } = await h.signedIn();
    const web1 = ref('demo', 'web', 'web1');
    await brain.signal(web1, 'reset');
    assert.equal(h.sim.state.findServer('demo', 'web', 'web1')!.lastSignal?.signal, 'reset');
    await brain.signal(web1, 'sendkey', 'ctrl-alt-del');
    const s = h.sim.state.findServer('demo', 'web', 'web1')!;
    assert.deepEqual(s.lastSignal && { signal: s.lastSignal.signal, data: s.lastSignal.data }, { signal: 'sendkey', data: 'ctrl-alt-del' });
    assert.ok(s.sentKeys.join(' ').includes('ctrl'), `sentKeys: ${s.sentKeys.join(',')}`);
  });

  it('reimages a stopped server and reports the refusal for a running one', async () => {
    const { brain } = await h.signedIn();
    await brain.reimage(ref('demo', 'web', 'staging'), { distribution: 'jessie', root_password: 'S3cret-root-pw', ssh_public_key: 'ssh-ed25519 AAAA test' });
    const s = h.sim.state.findServer('demo', 'web', 'staging')!;
    assert.equal(s.lastReimage?.distribution, 'jessie');
    assert.equal(s.lastReimage?.ssh_public_key, 'ssh-ed25519 AAAA test');

    const err = await rejection(brain.reimage(ref('demo', 'web', 'web1'), { distribution: 'jessie', root_password: 'S3cret-root-pw' }));
    assert.ok(err instanceof BadRequestError, String(err));
    assert.ok(Object.keys(err.problems).length > 0);
    assert.match(err.message, /^Could not reimage server web1\.web\.demo: the API refused the request\.\n• /);
    assert.ok(!err.message.includes('S3cret-root-pw'));
  });

  it('deletes, restores and purges a server', async () => {
    const { brain } = await h.signedIn();
    const scratch = ref('demo', 'default', 'scratch');
    await brain.deleteServer(scratch);
    assert.equal(h.sim.state.findServer('demo', 'default', 'scratch')!.deleted, true);
    assert.equal((await brain.getServer(scratch)).deleted, true);
    await brain.undeleteServer(scratch);
    assert.equal(h.sim.state.findServer('demo', 'default', 'scratch')!.deleted, false);
    await brain.deleteServer(scratch, { purge: true });
    assert.equal(h.sim.state.findServer('demo', 'default', 'scratch'), undefined);
    assert.ok((await rejection(brain.getServer(scratch))) instanceof NotFoundError);
    const del = h.sim.requests.filter((r) => r.method === 'DELETE').map((r) => r.query);
    assert.deepEqual(del, ['', 'purge=true']);
  });

  it('reads the definitions without sending the session', async () => {
    const { brain } = await h.signedIn();
    const defs = await brain.getDefinitions();
    assert.ok(defs.distributions.includes('jessie'), defs.distributions.join(','));
    assert.ok(defs.keymaps.length > 0 && defs.sendkeys.length > 0 && defs.hardwareProfiles.length > 0);
    const anonymous = new BrainClient(h.sim.url, () => undefined);
    assert.deepEqual((await anonymous.getDefinitions()).distributions, defs.distributions);
    assert.deepEqual(
      h.sim.requests.filter((r) => r.path === '/definitions').map((r) => r.auth),
      [false, false],
    );
  });

  it('viewer: reads demo, is forbidden to change it, and cannot see acme', async () => {
    const { brain } = await h.signedIn('viewer');
    const accounts = await brain.getAccounts({});
    assert.deepEqual(accounts.map((a) => a.name), ['demo']);
    assert.equal((await brain.getServer(ref('demo', 'web', 'web1'))).name, 'web1');

    const forbidden = await rejection(brain.servers.update(ref('demo', 'web', 'web1'), { power_on: false }));
    assert.ok(forbidden instanceof ForbiddenError, String(forbidden));
    assert.equal(forbidden.kind, 'forbidden');
    assert.match(forbidden.message, /^Could not update server web1\.web\.demo: you are not allowed to change/);
    assert.match(forbidden.message, /ask an account administrator/);
    assert.equal(h.sim.state.findServer('demo', 'web', 'web1')!.power_on, true);

    for (const call of [() => brain.getServer(ref('acme', 'prod', 'app1')), () => brain.signal(ref('acme', 'prod', 'app1'), 'reset')]) {
      const err = await rejection(call());
      assert.ok(err instanceof NotFoundError, String(err));
      assert.match(err.message, /not found, or you have no access/);
      assert.match(err.message, /bigv\.useYubikey/);
    }
  });

  it('without a session: refuses locally, and maps a revoked one to unauthorized', async () => {
    const signedOut = new BrainClient(h.sim.url, () => undefined);
    const local = await rejection(signedOut.getAccounts({}));
    assert.ok(local instanceof UnauthorizedError, String(local));
    assert.match(local.message, /not signed in/);
    assert.equal(local.status, undefined);
    assert.equal(h.sim.requests.length, 0, 'no request without a token');

    const { brain } = await h.signedIn();
    h.sim.expireSessions();
    const err = await rejection(brain.getAccounts({}));
    assert.ok(err instanceof UnauthorizedError, String(err));
    assert.equal(err.status, 401);
    assert.match(err.message, /^Could not list your accounts: your session has expired or was revoked\. Sign in again\.$/);
  });

  it('encodes names so a strange one addresses only itself', async () => {
    const { brain } = await h.signedIn();
    const err = await rejection(brain.getServer(ref('demo', 'web/../db', 'db1')));
    assert.ok(err instanceof NotFoundError, String(err));
    assert.equal(h.sim.requests.at(-1)?.path, '/accounts/demo/groups/web%2F..%2Fdb/virtual_machines/db1');
  });

  it('refuses plain http to anything but loopback', () => {
    assert.throws(() => new BrainClient('http://uk0.bigv.io', () => 't'), InsecureEndpointError);
    assert.doesNotThrow(() => new BrainClient('https://uk0.bigv.io', () => 't'));
    assert.doesNotThrow(() => new BrainClient('http://127.0.0.1:9', () => 't'));
  });
});
