import * as assert from 'node:assert/strict';
import { signIn, reveal } from '../harness/flows';
import type { Scenario } from '../harness/env';
import { scenarioHooks } from '../harness/hooks';

describe('sign in through the welcome view and browse the tree', function () {
  let s: Scenario;
  scenarioHooks('01-sign-in', (x) => (s = x));

  it('shows the welcome with a Sign In button while signed out', async function () {
    await s.wb.openBigvView();
    await s.wb.welcome().waitFor({ timeout: 30_000 });
    const text = await s.wb.welcome().innerText();
    assert.match(text, /Sign in to Bytemark Cloud/);
    await s.wb.shot('welcome');
  });

  it('signs in as demo/demo-password and lists both accounts', async function () {
    await signIn(s.wb, { username: 'demo' });
    await s.wb.waitForRow('acme');
    const labels = await s.wb.rowLabels();
    assert.ok(labels.includes('demo') && labels.includes('acme'), `accounts shown: ${labels.join(', ')}`);
    assert.ok(s.backends.sim.requests.some((r) => r.method === 'POST' && r.path === '/session'), 'the simulator saw POST /session');
  });

  it('shows groups and servers with their state as the simulator has them', async function () {
    const { sim } = s.backends;
    await reveal(s.wb, 'demo', 'web', 'web1');
    for (const g of ['default', 'web', 'db']) await s.wb.waitForRow(g);
    for (const name of ['web1', 'web2', 'staging']) {
      await s.wb.waitForRow(name);
      const vm = sim.state.findServer('demo', 'web', name);
      assert.ok(vm, `${name} exists in the simulator`);
      const icon = await s.wb.rowIconClass(name);
      if (vm.power_on) assert.match(icon, /vm-running/, `${name} is running in the simulator; icon: ${icon}`);
      else assert.match(icon, /vm-outline/, `${name} is stopped in the simulator; icon: ${icon}`);
    }
    const desc = await s.wb.rowDescription('staging');
    assert.match(desc, /Stopped/);
    // The deleted server stays hidden until asked for.
    assert.equal(await s.wb.rows('db-old').count(), 0);
    await s.wb.shot('tree');
  });
});
