// BrainClient's resource methods for servers, groups, discs and backups, against the simulator.
import assert from 'node:assert/strict';
import { BadRequestError, ForbiddenError, InvalidResponseError, NotFoundError, ServerError, type ServerRef } from '../../src/api';
import { rejection, useSimulator } from './helpers';

const ref = (group: string, server: string, account = 'demo'): ServerRef => ({ account, group, server });

describe('api: servers, groups, discs, backups', () => {
  const h = useSimulator();

  describe('brain.servers', () => {
    it('list, createBare, update and the one-change helpers', async () => {
      const { brain } = await h.signedIn();
      assert.deepEqual((await brain.servers.list({ account: 'demo', group: 'web' })).map((s) => s.name), ['web1', 'web2', 'staging']);
      const bare = await brain.servers.createBare({ account: 'demo', group: 'web' }, { name: 'bare', cores: 2 });
      assert.deepEqual([bare?.name, bare?.power_on, bare?.discs?.length], ['bare', false, 0]);
      const staging = ref('web', 'staging');
      await brain.servers.setHardwareProfile(staging, 'virtio2018', true);
      await brain.servers.setHardwareProfileLocked(staging, false);
      await brain.servers.setKeymap(staging, 'en-gb');
      await brain.servers.setAutoreboot(staging, true);
      const vm = await brain.servers.update(staging, { memory: 4096 });
      assert.deepEqual(
        [vm?.hardware_profile, vm?.hardware_profile_locked, vm?.keymap, vm?.autoreboot_on, vm?.memory],
        ['virtio2018', false, 'en-gb', true, 4096],
      );
    });

    it('create: per-field and per-disc problems arrive as BadRequestError.problems', async () => {
      const { brain } = await h.signedIn();
      const err = await rejection(brain.servers.create({ account: 'demo', group: 'web' }, {
        virtual_machine: { name: 'web1', cores: 64 },
        discs: [{ size: 25600 }, { size: 10, storage_grade: 'gold' }],
        reimage: { distribution: 'buster', root_password: 'short' },
      }));
      assert.ok(err instanceof BadRequestError, String(err));
      for (const f of ['name', 'cores', 'root_password', 'disc 2 - size', 'disc 2 - storage_grade']) assert.ok(err.problems[f], `${f}: ${JSON.stringify(err.problems)}`);
      assert.ok(!err.message.includes('short'), 'the password stays out of the message');
    });

    it('move refuses a running server; a reader is forbidden; writes are never retried', async () => {
      const { brain } = await h.signedIn();
      const prod = (await brain.groups.get({ account: 'acme', group: 'prod' })).id;
      const running = await rejection(brain.servers.move(ref('web', 'web1'), prod));
      assert.ok(running instanceof BadRequestError && running.problems.group_id, String(running));
      const moved = await brain.servers.move(ref('web', 'staging'), prod, 'staging-moved');
      assert.equal(moved?.hostname, 'staging-moved.prod.acme.uk0.bigv.io');
      const { brain: viewer } = await h.signedIn('viewer');
      assert.ok((await rejection(viewer.servers.resize(ref('web', 'web1'), { cores: 2 }))) instanceof ForbiddenError);
      h.sim.faults.failNext({ status: 500, method: 'POST' });
      const before = h.sim.requests.length;
      const failed = await rejection(brain.servers.create({ account: 'demo', group: 'web' }, { virtual_machine: { name: 'once' }, discs: [] }));
      assert.ok(failed instanceof ServerError, String(failed));
      assert.equal(h.sim.requests.length - before, 1, 'one POST only');
    });
  });

  describe('brain.groups', () => {
    it('list, get, getById, create, rename, delete (and delete with purgeServers)', async () => {
      const { brain } = await h.signedIn();
      const g = await brain.groups.create({ account: 'demo' }, 'temp');
      assert.ok(g);
      assert.equal((await brain.groups.getById(g.id)).name, 'temp');
      await brain.groups.rename({ account: 'demo', group: g.id }, 'temp2');
      assert.ok((await brain.groups.list({ account: 'demo' })).some((x) => x.name === 'temp2'));
      await brain.servers.createBare({ account: 'demo', group: 'temp2' }, { name: 'inside' });
      const refused = await rejection(brain.groups.delete({ account: 'demo', group: 'temp2' }));
      assert.ok(refused instanceof BadRequestError && refused.problems.group, String(refused));
      await brain.groups.delete({ account: 'demo', group: 'temp2' }, { purgeServers: true });
      assert.ok((await rejection(brain.groups.getById(g.id))) instanceof NotFoundError);
    });

    it('a malformed answer names the field', async () => {
      const { brain } = await h.signedIn();
      h.sim.faults.malformedNext({ method: 'GET', path: '/accounts/demo/groups' });
      const err = await rejection(brain.groups.list({ account: 'demo' }));
      assert.ok(err instanceof InvalidResponseError, String(err));
      assert.match(err.message, /groups\[0\]\.id/);
    });
  });

  describe('brain.discs and brain.backups', () => {
    it('list, get, getById, create, resize, move, delete, deleteById', async () => {
      const { brain } = await h.signedIn();
      const staging = ref('web', 'staging');
      const added = await brain.discs.create(staging, { label: 'data', size: 4096, storage_grade: 'ssd' });
      assert.equal(added?.label, 'data');
      assert.equal((await brain.discs.getById(added!.id)).label, 'data');
      assert.equal((await brain.discs.resize({ ...staging, disc: 'data' }, 8192))?.size, 8192);
      const scratch = await brain.getServer(ref('default', 'scratch'));
      await brain.discs.move({ ...staging, disc: 'data' }, scratch.id);
      assert.deepEqual((await brain.discs.list(ref('default', 'scratch'))).map((d) => d.label), ['disc-1', 'data']);
      await brain.discs.delete({ ...ref('default', 'scratch'), disc: 'data' });
      const again = await brain.discs.create(staging, { size: 2048 });
      await brain.discs.deleteById(again!.id);
      assert.deepEqual((await brain.discs.list(staging)).map((d) => d.label), ['disc-1']);
      assert.ok((await rejection(brain.discs.get({ ...staging, disc: 'nope' }))) instanceof NotFoundError);
    });

    it('backups: create, list, restore, delete; schedules: schedule, unschedule', async () => {
      const { brain } = await h.signedIn();
      const disc = { ...ref('web', 'staging'), disc: 'disc-1' };
      const b = await brain.backups.create(disc);
      assert.equal(b?.manual, true);
      await brain.backups.restore(disc, b!.id);
      await brain.backups.delete(disc, b!.id);
      // the restore took a backup of the disc first (bigv-api.md §B.6)
      assert.deepEqual((await brain.backups.list(disc)).map((x) => [x.id === b!.id, x.manual]), [[false, true]]);
      const sch = await brain.backups.schedule(disc, { start_at: '2026-12-24 00:00:00', interval_seconds: 86400, capacity: 2 });
      assert.equal((await brain.discs.get(disc)).backup_schedules?.[0]?.id, sch?.id);
      await brain.backups.unschedule(disc, sch!.id);
      assert.deepEqual((await brain.discs.get(disc)).backup_schedules, []);
      const running = await rejection(brain.backups.restore({ ...ref('db', 'db1'), disc: 'root' }, (await brain.backups.list({ ...ref('db', 'db1'), disc: 'root' }))[0]!.id));
      assert.ok(running instanceof BadRequestError && running.problems.power_on, String(running));
      const noInterval = await rejection(brain.backups.schedule(disc, {} as never));
      assert.ok(noInterval instanceof BadRequestError);
      assert.deepEqual(noInterval.problems, { interval_seconds: ['Missing interval_seconds parameter'] });
    });
  });
});
