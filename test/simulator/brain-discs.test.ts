import assert from 'node:assert/strict';
import { z } from 'zod';
import { brain, login, parse, sleep, useSimulator, vmPath, type Res } from './harness';
import { resolveTimeOfDay } from './validateCreate';

const backups = (r: Res) => z.array(z.object({ id: z.number(), label: z.string(), parent_disc_id: z.number(), manual: z.boolean(), storage_grade: z.string() })).parse(r.json);

describe('simulator: discs, backups and schedules', () => {
  const { sim } = useSimulator({ transitionMs: 0 });
  const asDemo = async () => brain(sim(), await login(sim()));
  const staging = vmPath('demo', 'web', 'staging');
  const web1 = vmPath('demo', 'web', 'web1');

  describe('discs under a server', () => {
    it('adds (201), reads by label and id, grows, and deletes with ?purge=true (204)', async () => {
      const api = await asDemo();
      const r = await api.post(`${staging}/discs`, { label: 'data', size: 10240, storage_grade: 'ssd' });
      assert.equal(r.status, 201);
      const d = parse.object(r);
      assert.deepEqual([d.label, d.size, d.storage_grade, d.backup_count], ['data', 10240, 'ssd', 0]);
      assert.deepEqual(parse.object(await api.get(`${staging}/discs/${String(d.id)}`)), parse.object(await api.get(`${staging}/discs/data`)));
      assert.equal(parse.object(await api.put(`${staging}/discs/data`, { size: 20480 })).size, 20480);
      assert.equal(parse.discs(await api.get(`${staging}/discs`)).length, 2);
      assert.equal((await api.del(`${staging}/discs/data`)).status, 500, 'without purge=true: the documented 500');
      assert.equal((await api.del(`${staging}/discs/data?purge=true`)).status, 204);
      assert.equal((await api.get(`${staging}/discs/data`)).status, 404);
    });

    it('refuses shrinking, a bad grade, a device-name label, a duplicate label, a ninth disc, and changes on a deleted server', async () => {
      const api = await asDemo();
      assert.deepEqual(Object.keys(parse.problems(await api.put(`${staging}/discs/disc-1`, { size: 1024 }))), ['size']);
      assert.deepEqual(Object.keys(parse.problems(await api.post(`${staging}/discs`, { size: 2048, storage_grade: 'gold' }))), ['storage_grade']);
      assert.deepEqual(Object.keys(parse.problems(await api.post(`${staging}/discs`, { label: 'vdb', size: 2048 }))), ['label']);
      assert.deepEqual(Object.keys(parse.problems(await api.post(`${staging}/discs`, { label: 'disc-1', size: 2048 }))), ['label']);
      for (let i = 2; i <= 8; i++) assert.equal((await api.post(`${staging}/discs`, { size: 1024 })).status, 201, `disc ${i}`);
      assert.deepEqual(Object.keys(parse.problems(await api.post(`${staging}/discs`, { size: 1024 }))), ['discs']);
      const old = vmPath('demo', 'db', 'db-old');
      assert.deepEqual(Object.keys(parse.problems(await api.post(`${old}/discs`, { size: 1024 }))), ['deleted']);
    });

    it('moves a non-root disc between stopped servers only', async () => {
      const api = await asDemo();
      const scratch = parse.vm(await api.get(vmPath('demo', 'default', 'scratch')));
      await api.post(`${staging}/discs`, { label: 'move-me', size: 2048 });
      assert.deepEqual(Object.keys(parse.problems(await api.put(`${staging}/discs/disc-1`, { virtual_machine_id: scratch.id }))), ['virtual_machine_id'], 'root disc');
      const web1vm = parse.vm(await api.get(web1));
      assert.deepEqual(Object.keys(parse.problems(await api.put(`${staging}/discs/move-me`, { virtual_machine_id: web1vm.id }))), ['virtual_machine_id'], 'running target');
      assert.equal(parse.object(await api.put(`${staging}/discs/move-me`, { virtual_machine_id: scratch.id })).virtual_machine_id, scratch.id);
      assert.ok(parse.discs(await api.get(`${vmPath('demo', 'default', 'scratch')}/discs`)).some((d) => d.label === 'move-me'));
    });

    it('the non-nested forms: GET /discs?vm_id, GET and DELETE /discs/{id}?purge=true', async () => {
      const api = await asDemo();
      const d = parse.object(await api.post(`${staging}/discs`, { size: 2048 }));
      const vm = parse.vm(await api.get(staging));
      assert.equal(parse.discs(await api.get(`/discs?vm_id=${vm.id}`)).length, 2);
      assert.equal(parse.object(await api.get(`/discs/${String(d.id)}`)).label, 'disc-2');
      assert.equal((await api.del(`/discs/${String(d.id)}?purge=true`)).status, 204);
      assert.equal((await api.get(`/discs/${String(d.id)}`)).status, 404);
    });

    it('viewer: 403 on writes; acme discs are 404', async () => {
      const viewer = brain(sim(), await login(sim(), 'viewer'));
      assert.equal((await viewer.post(`${staging}/discs`, { size: 2048 })).status, 403);
      assert.equal((await viewer.put(`${staging}/discs/disc-1`, { size: 40960 })).status, 403);
      const demoApi = await asDemo();
      const cache = parse.vm(await demoApi.get(`${vmPath('acme', 'prod', 'cache')}?view=overview`));
      assert.equal((await viewer.del(`/discs/${cache.discs![0]!.id}?purge=true`)).status, 404);
    });
  });

  describe('backups', () => {
    it('the seed has backups and a schedule on db1, with counts in the overview', async () => {
      const api = await asDemo();
      const db1 = parse.vm(await api.get(`${vmPath('demo', 'db', 'db1')}?view=overview`));
      const root = db1.discs![0]!;
      assert.equal(root.backup_count, 2);
      assert.equal(root.backup_schedules?.length, 1);
      assert.equal(backups(await api.get(`${vmPath('demo', 'db', 'db1')}/discs/root/backups`)).length, 2);
    });

    it('takes (201, no body needed), lists, restores a stopped server ({"restore": true}) and deletes', async () => {
      const api = await asDemo();
      const r = await api.raw(`${staging}/discs/disc-1/backups`, { method: 'POST' });
      assert.equal(r.status, 201);
      const b = backups({ ...r, json: [r.json] })[0]!;
      assert.deepEqual([b.manual, b.storage_grade], [true, 'iceberg']);
      assert.equal(backups(await api.get(`${staging}/discs/disc-1/backups`)).length, 1);
      assert.equal((await api.put(`${staging}/discs/disc-1/backups/${b.id}`, { restore: true })).status, 200);
      assert.equal(sim().state.findServer('demo', 'web', 'staging')!.discs[0]!.lastRestore?.backupId, b.id);
      assert.equal((await api.del(`${staging}/discs/disc-1/backups/${b.id}?purge=true`)).status, 204);
      assert.deepEqual(backups(await api.get(`${staging}/discs/disc-1/backups`)).map((x) => x.id === b.id), [false], 'only the one the restore took first');
    });

    it('restoring first takes a backup of the disc as it is (the CLI\'s `restore backup` help, bigv-api.md §B.6)', async () => {
      const api = await asDemo();
      const b = parse.object(await api.post(`${staging}/discs/disc-1/backups`, {}));
      assert.equal((await api.put(`${staging}/discs/disc-1/backups/${String(b.id)}`, { restore: true })).status, 200);
      const after = backups(await api.get(`${staging}/discs/disc-1/backups`));
      assert.equal(after.length, 2, 'the restored one and the one taken before the restore');
      const taken = after.find((x) => x.id !== b.id)!;
      assert.deepEqual([taken.parent_disc_id, taken.manual, taken.label], [b.parent_disc_id, true, `backup-${taken.id}`]);
      assert.ok(taken.id > (b.id as number), 'taken after the backup restored');
      assert.equal(sim().state.findServer('demo', 'web', 'staging')!.discs[0]!.lastRestore?.backupId, b.id);
      assert.equal(parse.object(await api.get(`${staging}/discs/disc-1`)).backup_count, 2);
    });

    it('a refused restore takes no backup', async () => {
      const api = await asDemo();
      const b = parse.object(await api.post(`${web1}/discs/disc-1/backups`, {}));
      assert.equal((await api.put(`${web1}/discs/disc-1/backups/${String(b.id)}`, { restore: true })).status, 400, 'web1 runs');
      assert.equal(backups(await api.get(`${web1}/discs/disc-1/backups`)).length, 2, 'the seeded one and the one just taken');
    });

    it('a new backup is in progress (still on the disc\'s grade) for transitionMs, then in cold storage (`iceberg`)', async () => {
      const T = 300;
      sim().setTransitionMs(T);
      try {
        const api = await asDemo();
        const disc = parse.object(await api.get(`${staging}/discs/disc-1`));
        const b = backups({ json: [parse.object(await api.post(`${staging}/discs/disc-1/backups`, {}))] } as Res)[0]!;
        assert.equal(b.storage_grade, disc.storage_grade, 'in progress: not yet iceberg');
        assert.notEqual(b.storage_grade, 'iceberg');
        const listed = backups(await api.get(`${staging}/discs/disc-1/backups`)).find((x) => x.id === b.id)!;
        assert.equal(listed.storage_grade, disc.storage_grade);
        await sleep(T + 250);
        assert.equal(parse.object(await api.get(`${staging}/discs/disc-1/backups/${b.id}`)).storage_grade, 'iceberg');
        assert.equal(parse.object(await api.get(`${staging}/discs/disc-1/backups/${b.id}`)).storage_pool, 'iceberg1');
        // the backup a restore takes first is in progress too
        await api.put(`${staging}/discs/disc-1/backups/${b.id}`, { restore: true });
        const grades = backups(await api.get(`${staging}/discs/disc-1/backups`)).map((x) => x.storage_grade);
        assert.deepEqual(grades, ['iceberg', disc.storage_grade]);
        assert.equal(sim().state.findServer('demo', 'web', 'staging')!.discs[0]!.backups![1]!.storage_grade, disc.storage_grade);
        await sleep(T + 250);
        assert.equal(sim().state.findServer('demo', 'web', 'staging')!.discs[0]!.backups![1]!.storage_grade, 'iceberg', 'settled in the in-process state too');
      } finally {
        sim().setTransitionMs(0);
      }
    });

    it('refuses restoring onto a running server, a body without restore:true, and unknown backups', async () => {
      const api = await asDemo();
      const b = parse.object(await api.post(`${web1}/discs/disc-1/backups`, {}));
      assert.deepEqual(Object.keys(parse.problems(await api.put(`${web1}/discs/disc-1/backups/${String(b.id)}`, { restore: true }))), ['power_on']);
      assert.deepEqual(Object.keys(parse.problems(await api.put(`${web1}/discs/disc-1/backups/${String(b.id)}`, {}))), ['restore']);
      assert.equal((await api.put(`${web1}/discs/disc-1/backups/999999`, { restore: true })).status, 404);
    });
  });

  describe('backup schedules', () => {
    it('creates (201) and deletes (204); the disc shows it', async () => {
      const api = await asDemo();
      const r = await api.post(`${staging}/discs/disc-1/backup_schedules`, { start_at: '2026-12-01 00:00:00', interval_seconds: 86400, capacity: 3 });
      assert.equal(r.status, 201);
      const s = parse.object(r);
      assert.deepEqual([s.interval_seconds, s.capacity], [86400, 3]);
      assert.equal(parse.object(await api.get(`${staging}/discs/disc-1`)).backup_schedules instanceof Array, true);
      assert.equal((await api.del(`${staging}/discs/disc-1/backup_schedules/${String(s.id)}`)).status, 204);
      assert.deepEqual(parse.object(await api.get(`${staging}/discs/disc-1`)).backup_schedules, []);
    });

    it('takes every start_at form the official CLI sends (bigv-api.md §B.6): "00:00", "YYYY-MM-DD hh:mm:ss[ ZONE]", RFC 3339', async () => {
      const api = await asDemo();
      const post = (start_at: string) => api.post(`${staging}/discs/disc-1/backup_schedules`, { start_at, interval_seconds: 86400, capacity: 0 });
      // `bytemark schedule backups staging disc-1 86400`: no --start, so "00:00"
      const before = Date.now();
      const plain = await post('00:00');
      assert.equal(plain.status, 201, JSON.stringify(plain.json));
      const start = String(parse.object(plain).start_at);
      assert.ok([resolveTimeOfDay(0, 0, 0, before), resolveTimeOfDay(0, 0, 0, Date.now())].includes(start), start);
      assert.match(start, /^\d{4}-\d{2}-\d{2} 00:00:00 (GMT|BST)$/);
      for (const form of ['2026-12-01T03:00:00Z', '2026-12-01T03:00:00+01:00', '2017-04-05T14:37:00+02:00', '2026-12-01 03:00:00', '2026-05-18 00:00:00 BST']) {
        const r = await post(form);
        assert.equal(r.status, 201, `${form}: ${JSON.stringify(r.json)}`);
        assert.equal(parse.object(r).start_at, form, 'a dated form is kept as sent');
      }
      assert.equal((await post('03:30')).status, 201);
      const shown = parse.object(await api.get(`${staging}/discs/disc-1`)).backup_schedules as Array<{ start_at: string }>;
      assert.equal(shown[0]!.start_at, start, 'the disc shows the resolved start');
      // and at create time, on the first disc (the same validation)
      const created = await api.post('/accounts/demo/groups/web/vm_create', {
        virtual_machine: { name: 'sched', cores: 1, memory: 1024 },
        discs: [{ label: 'disc-1', storage_grade: 'sata', size: 25600, backup_schedules: [{ start_at: '00:00', interval_seconds: 604800, capacity: 1 }] }],
      });
      assert.equal(created.status, 202, JSON.stringify(created.json));
    });

    it('refuses start_at garbage with a list: words, impossible times and dates, RFC 3339 without a zone', async () => {
      const api = await asDemo();
      for (const bad of ['tomorrow', '24:00', '12:60', '2026-02-30 00:00:00', '2026-13-01T00:00:00Z', '2026-12-01T03:00:00', '2026-12-01 25:00:00', 7]) {
        const r = await api.post(`${staging}/discs/disc-1/backup_schedules`, { start_at: bad, interval_seconds: 86400 });
        assert.equal(r.status, 400, String(bad));
        assert.deepEqual(Object.keys(parse.problems(r)), ['start_at'], String(bad));
      }
    });

    it('a time of day alone is its next occurrence in the brain\'s zone (GMT/BST), written as `add server` writes its own start', () => {
      // winter, 15:00 GMT
      assert.equal(resolveTimeOfDay(0, 0, 0, Date.UTC(2026, 0, 15, 15)), '2026-01-16 00:00:00 GMT');
      assert.equal(resolveTimeOfDay(16, 30, 0, Date.UTC(2026, 0, 15, 15)), '2026-01-15 16:30:00 GMT');
      assert.equal(resolveTimeOfDay(15, 0, 0, Date.UTC(2026, 0, 15, 15)), '2026-01-16 15:00:00 GMT', 'now is not to come');
      // summer: 23:30 UTC is already 00:30 BST the next day
      assert.equal(resolveTimeOfDay(0, 0, 0, Date.UTC(2026, 6, 1, 23, 30)), '2026-07-03 00:00:00 BST');
      assert.equal(resolveTimeOfDay(3, 0, 0, Date.UTC(2026, 6, 1, 23, 30)), '2026-07-02 03:00:00 BST');
      // across the change back to GMT (25 October 2026) and the year's end
      assert.equal(resolveTimeOfDay(0, 30, 0, Date.UTC(2026, 9, 24, 23, 45)), '2026-10-26 00:30:00 GMT');
      assert.equal(resolveTimeOfDay(0, 0, 0, Date.UTC(2026, 11, 31, 23, 30)), '2027-01-01 00:00:00 GMT');
    });

    it('answers a missing interval with the bare-string problem, and a bad start_at with a list', async () => {
      const api = await asDemo();
      const missing = await api.post(`${staging}/discs/disc-1/backup_schedules`, { start_at: '2026-12-01 00:00:00' });
      assert.equal(missing.status, 400);
      assert.deepEqual(missing.json, { interval_seconds: 'Missing interval_seconds parameter' });
      assert.deepEqual(Object.keys(parse.problems(await api.post(`${staging}/discs/disc-1/backup_schedules`, { start_at: 'tomorrow', interval_seconds: 86400 }))), ['start_at']);
      assert.deepEqual(Object.keys(parse.problems(await api.post(`${staging}/discs/disc-1/backup_schedules`, { interval_seconds: 5 }))), ['interval_seconds']);
    });
  });
});
