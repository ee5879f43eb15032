import * as assert from 'node:assert/strict';
import type { Scenario } from '../harness/env';
import { scenarioHooks } from '../harness/hooks';

describe('the session survives a reload; sign out ends it', function () {
  let s: Scenario;
  scenarioHooks('10-sign-out', (x) => (s = x), { signIn: {} });

  it('a reloaded window is still signed in (token kept in secret storage)', async function () {
    const { wb } = s;
    const posts = () => s.backends.sim.requests.filter((r) => r.method === 'POST' && r.path === '/session').length;
    const before = posts();
    await wb.page.reload();
    await wb.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await wb.openBigvView();
    await wb.waitForRow('web1', { timeoutMs: 30_000 });
    assert.equal(posts(), before, 'no new sign-in was needed');
  });

  it('Sign Out shows the welcome again, and a reload stays signed out', async function () {
    const { wb } = s;
    await wb.runCommand('BigV: Sign Out');
    await wb.welcome().waitFor({ timeout: 20_000 });
    assert.equal(await wb.rows('web1').count(), 0);
    await wb.shot('signed-out');
    await wb.page.reload();
    await wb.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await wb.openBigvView();
    await wb.welcome().waitFor({ timeout: 30_000 });
    await wb.page.waitForTimeout(1500);
    assert.equal(await wb.rows('web1').count(), 0, 'still signed out after a reload');
  });
});
