import * as assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import type { Scenario } from '../harness/env';
import { scenarioHooks } from '../harness/hooks';
import { lastKnownTree as lastKnown } from '../harness/flows';
import { DEMO_API_KEY } from '../../simulator';

describe('the session survives a reload; sign out ends it', function () {
  let s: Scenario;
  scenarioHooks('10-sign-out', (x) => (s = x), { signIn: {} });

  const lastKnownTree = () => lastKnown(s.codeServer.userDataDir);

  it('a reloaded window is still signed in (token kept in secret storage)', async function () {
    const { wb } = s;
    const posts = () => s.backends.sim.requests.filter((r) => r.method === 'POST' && r.path === '/session').length;
    const before = posts();
    await wb.page.reload();
    await wb.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await wb.openBigvView();
    await wb.waitForRow('web1', { timeoutMs: 30_000 });
    assert.equal(posts(), before, 'no new sign-in was needed');
    // The tree is kept for the next reload, readable by the user alone.
    const file = await wb.until('the last-known tree on disk', () => lastKnownTree(), { timeoutMs: 15_000 });
    assert.equal((await stat(file)).mode & 0o777, 0o600);
  });

  it('Sign Out shows the welcome again, and a reload stays signed out', async function () {
    const { wb } = s;
    await wb.runCommand('BigV: Sign Out');
    await wb.welcome().waitFor({ timeout: 20_000 });
    assert.equal(await wb.rows('web1').count(), 0);
    await wb.until('the last-known tree to be deleted', async () => (await lastKnownTree()) === undefined, { timeoutMs: 10_000 });
    await wb.shot('signed-out');
    await wb.page.reload();
    await wb.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await wb.openBigvView();
    await wb.welcome().waitFor({ timeout: 30_000 });
    await wb.page.waitForTimeout(1500);
    assert.equal(await wb.rows('web1').count(), 0, 'still signed out after a reload');
  });

  it('signs in with an API key, without the auth server, and the tree shows what the key may see', async function () {
    const { wb } = s;
    const sessions = () => s.backends.sim.requests.filter((r) => r.path.startsWith('/session')).length;
    const before = sessions();
    await wb.runCommand('BigV: Sign In with an API Key…');
    await wb.answerInput(/API key/, DEMO_API_KEY, 'api-key');
    await wb.waitForRow('web1', { timeoutMs: 30_000 });
    await wb.shot('api-key');
    assert.equal(sessions(), before, 'no auth-server session for an API key');
    assert.equal(await wb.rows('app1').count(), 0, 'the key sees only what its privileges allow');
  });
});
