import * as assert from 'node:assert/strict';
import type { Scenario } from '../harness/env';
import { scenarioHooks } from '../harness/hooks';

describe('Command Palette with its server quick pick', function () {
  let s: Scenario;
  scenarioHooks('06-palette', (x) => (s = x), { signIn: {}, firstRow: 'app1' });

  it('Stop from the palette offers running servers only and finds one by name.group.account', async function () {
    const { wb } = s;
    await wb.runCommand('BigV: Stop Server (Power Off)');
    await wb.waitForQuickInput(/Select servers to stop/);
    const offered = await wb.quickPickItems();
    assert.ok(offered.some((i) => i.includes('app1')), `offered: ${offered.join(' | ')}`);
    assert.ok(!offered.some((i) => /^cache\b/.test(i)), 'the stopped server cache is not offered');
    await wb.quickInputBox().fill('app1.prod.acme');
    await wb.until('only app1 to match', async () => {
      const items = await wb.quickPickItems();
      return items.length === 1 && items[0]!.includes('app1');
    });
    await wb.shot('filtered');
    await wb.page.keyboard.press('Enter');
    await wb.waitForDialog(/Stop app1\.prod\.acme/);
    await wb.clickDialogButton('Stop');
    await wb.waitForRowIcon('app1', /codicon-vm-outline/);
    assert.equal(s.backends.sim.state.findServer('acme', 'prod', 'app1')?.power_on, false);
  });

  it('Start from the palette offers the stopped ones', async function () {
    const { wb } = s;
    await wb.runCommand('BigV: Start Server');
    await wb.waitForQuickInput(/Select powered-off servers to start/);
    const offered = await wb.quickPickItems();
    assert.ok(offered.some((i) => i.includes('cache')), `offered: ${offered.join(' | ')}`);
    assert.ok(!offered.some((i) => /^web1\b/.test(i)), 'running web1 is not offered');
    await wb.pickItem('cache', { filter: 'cache' });
    await wb.page.keyboard.press('Enter');
    await wb.waitForRowIcon('cache', /codicon-vm-running/);
    assert.equal(s.backends.sim.state.findServer('acme', 'prod', 'cache')?.power_on, true);
  });

  it('Escape in the quick pick cancels without calling the API', async function () {
    const { wb } = s;
    const writes = () => s.backends.sim.requests.filter((r) => r.method !== 'GET').length;
    const before = writes();
    await wb.runCommand('BigV: Restart Server');
    await wb.waitForQuickInput(/Select running servers to restart/);
    await wb.page.keyboard.press('Escape');
    await wb.page.waitForTimeout(1000);
    assert.equal(writes(), before);
  });

  it('with the view hidden, an action from the palette still ends with a visible outcome', async function () {
    const { wb } = s;
    await wb.hideBigvView();
    await wb.runCommand('BigV: Reset Server');
    await wb.waitForQuickInput(/Select running servers to reset/);
    await wb.pickItem('app2', { filter: 'app2' });
    await wb.page.keyboard.press('Enter');
    await wb.waitForDialog(/Reset app2\.prod\.acme/);
    await wb.clickDialogButton('Reset');
    await wb.waitForStatusBar(/Reset app2\.prod\.acme\./);
    assert.equal(s.backends.sim.state.findServer('acme', 'prod', 'app2')?.lastSignal?.signal, 'reset');
  });
});
