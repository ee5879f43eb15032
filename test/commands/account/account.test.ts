import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { addSshKey } from '../../../src/commands/account/addSshKey';
import { removeSshKey } from '../../../src/commands/account/removeSshKey';
import { openConsole } from '../../../src/commands/server/openConsole';
import { useCommandRig } from '../../support/commandHarness';
import { assertSaid } from '../server/power';

const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBLNzOYU3ysGwlxoD4E4xN0zGYSrFqVhOLRMKcALBdna me@laptop';

describe('commands: SSH keys on your Bytemark user', () => {
  const { h, rig } = useCommandRig();
  const keys = (user = 'demo') => h.sim.state.people.users.get(user)!.authorized_keys ?? '';
  let home: string | undefined;
  beforeEach(() => {
    home = process.env.HOME;
    process.env.HOME = mkdtempSync(path.join(tmpdir(), 'bigv-home-'));
  });
  afterEach(() => {
    process.env.HOME = home;
  });

  it('Add SSH Key offers ~/.ssh/*.pub and adds the picked one', async () => {
    mkdirSync(path.join(process.env.HOME!, '.ssh'));
    writeFileSync(path.join(process.env.HOME!, '.ssh', 'id_ed25519.pub'), `${KEY}\n`);
    const r = await rig();
    r.ui.script('pick', (c) => (c.kind === 'pick' ? c.items[0] : undefined));
    assert.equal(await addSshKey(r.ctx), true);
    assert.match(keys(), /me@laptop/);
    assert.ok(r.opened.includes('account changed'));
    assertSaid(r, /Added SSH key me@laptop to demo/);
  });

  it('Add SSH Key from a .pub path that does not exist asks again, saying so in words (no raw ENOENT), then reads the corrected one', async () => {
    const file = path.join(process.env.HOME!, 'keys', 'work.pub');
    mkdirSync(path.dirname(file));
    writeFileSync(file, `${KEY}\n`);
    const r = await rig();
    const missing = path.join(process.env.HOME!, 'nope', 'id.pub');
    r.ui.script('pick', (c) => (c.kind === 'pick' ? c.items.find((i) => /From a \.pub file/.test(i.label)) : undefined));
    r.ui.script('input', missing, file);
    assert.equal(await addSshKey(r.ctx), true);
    const [, second] = r.ui.of('input');
    assert.equal(second!.opts.value, missing, 'what was typed is kept to correct');
    assert.match(second!.opts.validate!(missing)!, /^There is no file .*id\.pub\. Check the path/);
    assert.doesNotMatch(second!.opts.validate!(missing)!, /ENOENT/);
    assert.match(keys(), /me@laptop/);
  });

  it('a pasted private key is refused as typed; cancel adds nothing', async () => {
    const r = await rig();
    r.ui.script('pick', (c) => (c.kind === 'pick' ? c.items.find((i) => /Paste/.test(i.label)) : undefined));
    assert.equal(await addSshKey(r.ctx), undefined);
    const v = r.ui.of('input')[0]!.opts.validate!;
    assert.match(v('-----BEGIN OPENSSH PRIVATE KEY-----')!, /PRIVATE key/);
    assert.doesNotMatch(keys(), /me@laptop/);
  });

  it('a pasted key with a NUL or U+2028 in its comment, or a blob of just the type name, is refused as typed', async () => {
    const r = await rig();
    r.ui.script('pick', (c) => (c.kind === 'pick' ? c.items.find((i) => /Paste/.test(i.label)) : undefined));
    assert.equal(await addSshKey(r.ctx), undefined);
    const v = r.ui.of('input')[0]!.opts.validate!;
    assert.match(v(`${KEY}\u0000x`)!, /only printable characters/);
    assert.match(v(KEY.replace('me@laptop', 'me\u2028evil'))!, /only printable characters/);
    assert.match(v('ssh-rsa AAAAB3NzaC1yc2E=')!, /damaged or incomplete/);
    assert.equal(v(KEY), undefined);
  });

  it('a refused write is said', async () => {
    const r = await rig();
    h.sim.faults.failNext({ method: 'PUT', path: /\/users\//, status: 403 });
    r.ui.script('pick', (c) => (c.kind === 'pick' ? c.items.find((i) => /Paste/.test(i.label)) : undefined)).script('input', KEY);
    assert.equal(await addSshKey(r.ctx), false);
    assertSaid(r, /Could not add SSH key me@laptop to demo: you are not allowed/);
  });

  it('Remove SSH Key asks, then removes the row\'s key', async () => {
    const r = await rig();
    await r.brain.users.addAuthorizedKey('demo', KEY);
    assert.equal(await removeSshKey(r.ctx, { kind: 'key', line: KEY }), undefined);
    assert.match(keys(), /me@laptop/);
    r.ui.script('ask', 'Remove');
    assert.equal(await removeSshKey(r.ctx, { kind: 'key', line: KEY }), true);
    assert.doesNotMatch(keys(), /me@laptop/);
  });

  describe('the API answers GET /users/demo with another user (issue 17, item 13)', () => {
    const ops = () => JSON.stringify({ id: h.sim.state.people.users.get('ops')!.id, username: 'ops', email: 'ops@example.com', authorized_keys: '' });
    const writes = () => h.sim.requests.filter((q) => q.method === 'PUT').map((q) => q.path);

    it('Remove SSH Key writes nothing and says why', async () => {
      const r = await rig();
      await r.brain.users.addAuthorizedKey('demo', KEY);
      h.sim.requests.length = 0;
      h.sim.faults.malformedNext({ method: 'GET', path: '/users/demo', body: ops(), times: 5 });
      r.ui.script('ask', 'Remove');
      assert.equal(await removeSshKey(r.ctx, { kind: 'key', line: KEY }), false);
      assert.deepEqual(writes(), []);
      assertSaid(r, /Could not remove SSH key me@laptop from demo: .*user ops, not demo/);
      assert.match(keys(), /me@laptop/);
    });

    it('Add SSH Key writes nothing and says why', async () => {
      const r = await rig();
      h.sim.requests.length = 0;
      h.sim.faults.malformedNext({ method: 'GET', path: '/users/demo', body: ops(), times: 5 });
      r.ui.script('pick', (c) => (c.kind === 'pick' ? c.items.find((i) => /Paste/.test(i.label)) : undefined)).script('input', KEY);
      assert.notEqual(await addSshKey(r.ctx), true);
      assert.deepEqual(writes(), []);
      assertSaid(r, /user ops, not demo/);
    });

    it('the client: add and remove refuse to write; the write goes to the user asked for, never the one answered', async () => {
      const r = await rig();
      for (const write of [() => r.brain.users.addAuthorizedKey('demo', KEY), () => r.brain.users.removeAuthorizedKey('demo', 'me@laptop')]) {
        h.sim.requests.length = 0;
        h.sim.faults.malformedNext({ method: 'GET', path: '/users/demo', body: ops() });
        const err = await write().catch((e: unknown) => e);
        assert.match(String(err), /answered with user ops, not demo, so nothing was written/);
        assert.deepEqual(writes(), []);
      }
      await r.brain.users.addAuthorizedKey('demo', KEY);
      assert.ok(writes().every((w) => w === '/users/demo'), writes().join());
    });
  });

  it('Open Serial Console with no keys on Bytemark says so and offers Add SSH Key', async () => {
    const r = await rig({ user: 'viewer' });
    assert.equal(await openConsole(r.ctx, r.node('web1')), undefined);
    assert.match(r.ui.of('ask')[0]!.message, /viewer has no SSH keys on Bytemark/);
    assert.ok(!r.opened.some((o) => o.startsWith('console')));
    r.ui.script('ask', 'Open Anyway');
    await openConsole(r.ctx, r.node('web1'));
    assert.ok(r.opened.includes('console web1.web.demo'));
  });

  it('with a key, the console opens without a question', async () => {
    const r = await rig();
    await openConsole(r.ctx, r.node('web1'));
    assert.equal(r.ui.of('ask').length, 0);
    assert.ok(r.opened.includes('console web1.web.demo'));
  });
});
