import * as assert from 'node:assert/strict';
import type { Scenario } from '../harness/env';
import { scenarioHooks } from '../harness/hooks';
import { reveal } from '../harness/flows';

describe('many servers at once: select, filter, go to', function () {
  let s: Scenario;
  scenarioHooks('13-fleet', (x) => (s = x), { signIn: {}, firstRow: 'app1' });

  it('five selected servers stop with one confirmation; one refuses: a summary with Retry Failed, which stops it', async function () {
    const { wb } = s;
    const { sim } = s.backends;
    await reveal(wb, 'demo', 'default', 'gateway');
    const names = ['dev', 'files', 'app1', 'app2', 'gateway'];
    await wb.select(names[0]!);
    await wb.page.keyboard.down('Control');
    for (const n of names.slice(1)) await (await wb.waitForRow(n)).click();
    await wb.page.keyboard.up('Control');
    await wb.shot('selected');
    const app2 = sim.state.findServer('acme', 'prod', 'app2')!;
    sim.faults.failNext({ method: 'PUT', path: new RegExp(`/virtual_machines/${app2.id}$`), status: 403 });
    await wb.contextMenu('app1', 'Stop Server (Power Off)');
    const dialog = await wb.waitForDialog(/Stop 5 servers\?/);
    assert.match(dialog, /prod\.acme: app1, app2/);
    await wb.clickDialogButton('Stop');
    const summary = await wb.waitForNotification(/1 of 5 failed/, { timeoutMs: 30_000 });
    assert.match(summary, /app2\.prod\.acme/);
    for (const n of ['dev', 'files', 'app1', 'gateway']) await wb.waitForRowIcon(n, /codicon-vm-outline/);
    assert.equal(sim.state.findServer('acme', 'prod', 'app2')!.power_on, true, 'the refused one is still on');
    await wb.clickNotificationButton(/1 of 5 failed/, 'Retry Failed');
    await wb.waitForRowIcon('app2', /codicon-vm-outline/, { timeoutMs: 30_000 });
    assert.equal(sim.state.findServer('acme', 'prod', 'app2')!.power_on, false);
    await wb.clearNotifications();
  });

  it('Filter by state shows only the running ones, and says so in the view', async function () {
    const { wb } = s;
    await wb.runCommand('BigV: Filter Servers…');
    await wb.pickItem('Running');
    await wb.waitForNoRow('app1');
    await wb.waitForRow('web1');
    await wb.until('the filter in the view', async () => /Filter: running/.test(await wb.serversPane().innerText()));
    await wb.shot('filtered-running');
    assert.equal(await wb.rows('cache').count(), 0, 'stopped servers are hidden');
    await wb.runCommand('BigV: Clear Filter');
    await wb.waitForRow('cache');
  });

  it('Filter by IP address narrows the tree to that server', async function () {
    const { wb } = s;
    const ip = s.backends.sim.state.findServer('demo', 'db', 'db2')!.network_interfaces?.[0]?.ips[0] ?? '';
    assert.ok(ip, 'db2 has an address');
    await wb.runCommand('BigV: Filter Servers…');
    await wb.pickItem('Name, hostname or IP address');
    await wb.answerInput(/Part of a name, hostname or IP address/, ip, 'ip');
    await wb.waitForRow('db2');
    await wb.waitForNoRow('web1');
    await wb.shot('filtered-ip');
    await wb.runCommand('BigV: Clear Filter');
    await wb.waitForRow('web1');
  });

  it('Go to Server finds one by hostname and selects it in the tree', async function () {
    const { wb } = s;
    await wb.runCommand('BigV: Go to Server…');
    await wb.pickItem('winbox', { filter: 'winbox.office' });
    await wb.until('winbox to be selected', async () => (await (await wb.waitForRow('winbox')).getAttribute('aria-selected')) === 'true');
    await wb.shot('revealed');
  });
});
