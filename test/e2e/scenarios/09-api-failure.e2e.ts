import * as assert from 'node:assert/strict';
import type { Scenario } from '../harness/env';
import { scenarioHooks } from '../harness/hooks';
import { lastKnownTree } from '../harness/flows';

describe('when the API goes away', function () {
  let s: Scenario;
  scenarioHooks('09-api-failure', (x) => (s = x), { signIn: {} });

  it('a failed refresh keeps the servers, says since when, and tells the user once, retrying by itself', async function () {
    const { wb } = s;
    const { sim } = s.backends;
    await wb.waitForRow('web1');
    sim.faults.failNext({ status: 503, times: 1000, method: 'GET', path: /^\/accounts/ });
    await wb.runCommand('BigV: Refresh');
    const notice = await wb.waitForNotification(/Could not reach Bytemark Cloud \(showing the servers as of/, { timeoutMs: 30_000 });
    assert.match(notice, /Retrying in the background/);
    await wb.until('the view message', async () => /Showing the servers as of .*not answering/.test(await wb.serversPane().innerText()));
    await wb.shot('stale');
    assert.ok((await wb.rows('web1').count()) > 0, 'the last good tree is still shown');
    assert.equal(await wb.rows('Could not load servers').count(), 0, 'no error row in place of the servers');
    // The automatic retries do not repeat the notice.
    await wb.page.waitForTimeout(6_000);
    assert.equal((await wb.notifications()).filter((n) => /Could not reach Bytemark Cloud/.test(n)).length, 1);
  });

  it('recovers by itself when the API answers again, and the notice goes with the outage (issue 19, item 7)', async function () {
    const { wb } = s;
    s.backends.sim.faults.clear();
    await wb.until('the stale message to go', async () => !/not answering/.test(await wb.serversPane().innerText()), { timeoutMs: 60_000 });
    await wb.until('the outage notice to close', async () => !(await wb.notifications()).some((n) => /Could not reach Bytemark Cloud/.test(n)), { timeoutMs: 10_000 });
    await wb.waitForRow('web1');
    await wb.shot('recovered');
  });

  it('with nothing loaded yet, the failure is an error row, and Retry on it loads the tree', async function () {
    const { wb } = s;
    await wb.runCommand('BigV: Sign Out');
    await wb.welcome().waitFor();
    s.backends.sim.faults.failNext({ status: 500, times: 3, method: 'GET', path: /^\/accounts/ });
    await wb.clickWelcomeButton('Sign In');
    await wb.answerInput(/Username/i, 'demo', 'username');
    await wb.answerInput(/Password for demo/i, 'demo-password', 'password');
    await wb.waitForRow('Could not load servers', { timeoutMs: 30_000 });
    assert.match(await wb.rowIconClass('Could not load servers'), /codicon-error/);
    assert.ok((await wb.rowDescription('Could not load servers')).length > 0, 'the error row says why');
    await wb.select('Could not load servers');
    await wb.waitForRow('web1', { timeoutMs: 30_000 });
    await wb.waitForNoRow('Could not load servers');
  });

  it('after a reload with the API down, the last-known tree shows at once, marked with its time', async function () {
    const { wb } = s;
    // The last good load is written a moment after it arrives (signing out above deleted the older one).
    await wb.until('the last-known tree on disk', () => lastKnownTree(s.codeServer.userDataDir), { timeoutMs: 15_000 });
    s.backends.sim.faults.failNext({ status: 503, times: 1000, method: 'GET', path: /^\/accounts/ });
    await wb.page.reload();
    await wb.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await wb.openBigvView();
    await wb.waitForRow('web1', { timeoutMs: 30_000 });
    await wb.until('the stale message', async () => /Showing the servers as of/.test(await wb.serversPane().innerText()));
    await wb.shot('last-known-after-reload');
    s.backends.sim.faults.clear();
  });
});
