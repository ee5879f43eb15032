import assert from 'node:assert/strict';
import fc from 'fast-check';
import { reimage } from '../../src/commands/server/reimage';
import { ACTIVITY_KEY, ActivityLog, type ActivityEntry } from '../../src/estate/activity';
import { DEMO_PASSWORD } from '../simulator/seed';
import { useCommandRig } from '../support/commandHarness';
import { MemoryState } from '../session/fixtures';

const entry = (n: number): Omit<ActivityEntry, 'id'> => ({ at: 1_700_000_000_000 + n, ms: 5, profile: 'default', profileName: 'Default', who: 'demo', target: `s${n}.web.demo`, action: `Starting s${n}.web.demo`, outcome: 'ok' });

describe('the Activity log (estate/activity.ts)', () => {
  it('is kept across reloads in the store, newest first, bounded', async () => {
    const store = new MemoryState();
    const log = new ActivityLog(store, 5);
    for (let n = 0; n < 8; n++) log.add(entry(n));
    await log.saved();
    const again = new ActivityLog(store, 5);
    assert.deepEqual(again.entries().map((e) => e.target), ['s7.web.demo', 's6.web.demo', 's5.web.demo', 's4.web.demo', 's3.web.demo']);
    assert.equal((store.get<unknown[]>(ACTIVITY_KEY) ?? []).length, 5);
    again.clear();
    await again.saved();
    assert.deepEqual(new ActivityLog(store).entries(), []);
  });

  it('ignores what it cannot read back (an older version, a damaged store)', () => {
    const store = new MemoryState();
    store.map.set(ACTIVITY_KEY, [null, 3, { id: 'x' }, { ...entry(1), id: 'ok', outcome: 'exploded' }, { ...entry(2), id: 'good' }]);
    assert.deepEqual(new ActivityLog(store).entries().map((e) => e.id), ['good']);
    store.map.set(ACTIVITY_KEY, 'not a list');
    assert.deepEqual(new ActivityLog(store).entries(), []);
  });

  describe('never a secret', () => {
    const { h, rig } = useCommandRig();
    it('passwords typed into a command (and the sign-in password) appear in no stored entry, even when the API echoes one in its refusal', async () => {
      const alnum = fc.stringMatching(/^[A-Za-z0-9]{12,28}$/);
      await fc.assert(fc.asyncProperty(alnum, fc.boolean(), async (password, refused) => {
        // Each run finds staging as the seed has it: powered off, not being imaged.
        const staging = h.sim.state.findServer('demo', 'web', 'staging')!;
        Object.assign(staging, { power_on: false, pending: undefined });
        const r = await rig();
        if (refused) h.sim.faults.failNext({ method: 'POST', path: /reimage/, status: 422, body: JSON.stringify({ root_password: [`${password} is too weak`] }), contentType: 'application/json' });
        r.ui.pickLabel('buster').script('pick', (c) => (c.kind === 'pick' ? c.items[1] : undefined)).script('input', password, password)
          .script('pick', (c) => (c.kind === 'pick' ? c.items.at(-1) : undefined)).script('pick', (c) => (c.kind === 'pick' ? c.items[0] : undefined)).script('input', 'staging');
        await reimage(r.ctx, r.node('staging'));
        await r.settled();
        // What the log stores is its entries, as they are (ActivityLog.save).
        const stored = JSON.stringify(r.ctx.activity.entries());
        assert.ok(r.ctx.activity.entries().length >= 1, `the reimage was recorded: ${JSON.stringify(r.ui.said)}`);
        if (refused) assert.equal(r.ctx.activity.entries()[0]!.outcome, 'failed');
        for (const secret of [password, DEMO_PASSWORD]) assert.ok(!stored.includes(secret), `a secret in ${stored}`);
      }), { numRuns: 6 });
    });
  });
});
