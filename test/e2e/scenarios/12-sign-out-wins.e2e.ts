import * as assert from 'node:assert/strict';
import type { Scenario } from '../harness/env';
import { scenarioHooks } from '../harness/hooks';
import { reveal, signIn } from '../harness/flows';

// Nothing but a user's click signs in or asks for credentials, and signing out wins over
// anything in flight.
describe('sign-out wins, and nothing asks for credentials by itself', function () {
  let s: Scenario;
  scenarioHooks('12-sign-out-wins', (x) => (s = x), { signIn: {}, settings: { 'bigv.rememberPassword': true } });

  const quickInputOpen = () => s.wb.page.locator('.quick-input-widget').isVisible();

  it('signing out while a silent renewal is under way leaves the user signed out, after a reload too', async function () {
    const { wb } = s;
    const { sim } = s.backends;
    sim.expireSessions();
    sim.faults.delayNext({ method: 'POST', path: '/session', ms: 4_000 });
    const held = sim.faults.delaysTaken;
    const renewals = () => sim.requests.filter((r) => r.method === 'POST' && r.path === '/session').length;
    const answered = renewals();
    await wb.runCommand('BigV: Refresh');
    await wb.until('the renewal to start (its POST is held)', async () => sim.faults.delaysTaken > held, { timeoutMs: 20_000 });
    await wb.runCommand('BigV: Sign Out');
    await wb.welcome().waitFor({ timeout: 20_000 });
    await wb.until('the held renewal to be answered', async () => renewals() > answered, { timeoutMs: 20_000 });
    // What is checked is that nothing comes back: give the answer a moment to be (wrongly) acted on.
    await wb.page.waitForTimeout(1_500);
    await wb.shot('after-renewal');
    assert.equal(await wb.rows('web1').count(), 0, 'the tree did not come back');
    assert.ok(await wb.welcome().isVisible(), 'still signed out');
    await wb.page.reload();
    await wb.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await wb.openBigvView();
    await wb.welcome().waitFor({ timeout: 30_000 });
    await wb.page.waitForTimeout(1_500);
    assert.equal(await wb.rows('web1').count(), 0, 'no token was put back in secret storage');
  });

  it('an open properties document does not ask for credentials after Sign Out', async function () {
    const { wb } = s;
    await signIn(wb);
    await reveal(wb, 'demo', 'web', 'web1');
    await wb.contextMenu('web1', 'Show Properties');
    const tab = wb.page.locator('.editor-group-container .tabs-container .tab.active');
    await wb.until('the properties tab', async () => (await tab.innerText().catch(() => '')).includes('web1'));
    await wb.runCommand('BigV: Sign Out');
    await wb.welcome().waitFor({ timeout: 20_000 });
    // Bring the document back to the front, which makes VS Code ask for its content again.
    await tab.click();
    await wb.page.waitForTimeout(3_000);
    await wb.shot('no-prompt');
    assert.equal(await quickInputOpen(), false, 'no sign-in prompt appeared by itself');
  });
});
