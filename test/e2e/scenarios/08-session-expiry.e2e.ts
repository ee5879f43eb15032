import * as assert from 'node:assert/strict';
import type { Scenario } from '../harness/env';
import { scenarioHooks } from '../harness/hooks';
import { signIn } from '../harness/flows';

const EXPIRED = /session expired/i;

describe('a session that expires', function () {
  let s: Scenario;
  scenarioHooks('08-session-expiry', (x) => (s = x), { signIn: {} });

  it('brings the welcome back and says so exactly once', async function () {
    const { wb } = s;
    await wb.clearNotifications();
    s.backends.sim.expireSessions();
    await wb.runCommand('BigV: Refresh');
    await wb.welcome().waitFor({ timeout: 20_000 });
    await wb.waitForNotification(EXPIRED);
    await wb.page.waitForTimeout(2500);
    const expired = (await wb.notifications()).filter((n) => EXPIRED.test(n));
    assert.equal(expired.length, 1, `notifications: ${JSON.stringify(await wb.notifications())}`);
    assert.ok(s.backends.sim.requests.some((r) => r.status === 401), 'the simulator answered 401');
    await wb.shot('expired');
  });

  it('while signed out the palette offers Sign In, not server actions', async function () {
    const { wb } = s;
    const start = await wb.paletteEntries('BigV: Start Server');
    assert.ok(!start.some((e) => e.includes('BigV: Start Server')), `offered: ${start.join(' | ')}`);
    const signInEntries = await wb.paletteEntries('BigV: Sign In');
    assert.ok(signInEntries.some((e) => e.includes('BigV: Sign In')), `offered: ${signInEntries.join(' | ')}`);
    assert.equal(s.backends.sim.requests.filter((r) => r.method === 'PUT').length, 0, 'nothing was sent with the dead session');
  });

  it('signing in again restores the tree', async function () {
    const { wb } = s;
    await wb.clearNotifications();
    await signIn(wb);
    await wb.waitForRow('web1');
  });
});
