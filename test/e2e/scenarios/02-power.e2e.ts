import * as assert from 'node:assert/strict';
import type { Scenario } from '../harness/env';
import { scenarioHooks } from '../harness/hooks';

// The icon classes the tree uses: running/stopped, and the spinners of a change in progress.
const RUNNING = /codicon-vm-running/;
const STOPPED = /codicon-vm-outline/;
const CHANGING = /codicon-(sync|loading)\b.*|codicon-modifier-spin/;

describe('power actions from the context menu', function () {
  let s: Scenario;
  const vm = (group: string, name: string) => {
    const found = s.backends.sim.state.findServer('demo', group, name);
    assert.ok(found, `${name} exists in the simulator`);
    return found;
  };

  scenarioHooks('02-power', (x) => (s = x), { signIn: {} });

  it('Stop (power off) asks first, shows the change, and ends stopped', async function () {
    const { wb } = s;
    assert.match(await wb.rowIconClass('web1'), RUNNING);
    // Hold the PUT a moment, so the changing state is on screen long enough to be seen for sure.
    s.backends.sim.faults.delayNext({ ms: 1500, method: 'PUT', path: /virtual_machines/ });
    await wb.contextMenu('web1', 'Stop Server (Power Off)');
    const dialog = await wb.waitForDialog(/Stop web1/);
    assert.match(dialog, /pulling the plug/);
    await wb.clickDialogButton('Stop');
    await wb.waitForRowIcon('web1', CHANGING);
    await wb.waitForRowDescription('web1', /Stopping/);
    await wb.shot('web1-stopping');
    await wb.waitForRowIcon('web1', STOPPED);
    await wb.waitForRowDescription('web1', /Stopped/);
    await wb.shot('web1-stopped');
    const server = vm('web', 'web1');
    assert.equal(server.power_on, false);
    assert.equal(server.autoreboot_on, false);
  });

  it('Start brings it back up', async function () {
    const { wb } = s;
    s.backends.sim.faults.delayNext({ ms: 1500, method: 'PUT', path: /virtual_machines/ });
    const entries = await wb.contextMenuEntries('web1');
    assert.ok(entries.includes('Start Server'), `menu of a stopped server: ${entries.join(', ')}`);
    assert.ok(!entries.includes('Shut Down Server'), 'a stopped server offers no Shut Down');
    await wb.contextMenu('web1', 'Start Server');
    await wb.waitForRowIcon('web1', CHANGING);
    await wb.waitForRowIcon('web1', RUNNING);
    assert.equal(vm('web', 'web1').power_on, true);
    // What a screen reader hears: the state in words, not only the icon's colour; the group says its counts.
    await wb.until('the row to say Running', async () => /web1\.web\.demo, Running/.test((await wb.row('web1').getAttribute('aria-label')) ?? ''));
    assert.match((await wb.row('web').getAttribute('aria-label')) ?? '', /^Group web of demo, \d+ servers · \d+ running/);
    await wb.shot('web1-running');
  });

  it('Restart spins while the brain reboots it, then shows it running', async function () {
    const { wb } = s;
    await wb.contextMenu('web2', 'Restart Server');
    const spinning = await wb.waitForRowIcon('web2', CHANGING);
    assert.match(spinning, /codicon-sync/, 'a restart goes round: the sync spinner');
    await wb.waitForRowDescription('web2', /Restarting/);
    await wb.shot('web2-restarting');
    await wb.waitForRowIcon('web2', RUNNING, { timeoutMs: 30_000 });
    const server = vm('web', 'web2');
    assert.equal(server.power_on, true);
    assert.ok(
      s.backends.sim.requests.some((r) => r.method === 'PUT' && /virtual_machines/.test(r.path) && r.status === 200),
      'the restart was a PUT to the server',
    );
  });

  it('Shut Down sends an ACPI powerdown and ends stopped', async function () {
    const { wb } = s;
    await wb.contextMenu('gateway', 'Shut Down Server');
    await wb.waitForRowIcon('gateway', CHANGING);
    await wb.waitForRowDescription('gateway', /Shutting down/);
    await wb.shot('gateway-shutting-down');
    await wb.waitForRowIcon('gateway', STOPPED, { timeoutMs: 30_000 });
    const server = vm('default', 'gateway');
    assert.equal(server.power_on, false);
    assert.equal(server.lastSignal?.signal, 'powerdown');
  });

  it('Reset asks first, sends the reset signal, and the server stays running', async function () {
    const { wb } = s;
    s.backends.sim.faults.delayNext({ ms: 1500, method: 'POST', path: /signal/ });
    await wb.contextMenu('mail', 'Reset Server');
    await wb.waitForDialog(/Reset mail/);
    await wb.clickDialogButton('Reset');
    const spinning = await wb.waitForRowIcon('mail', CHANGING);
    assert.match(spinning, /codicon-sync/);
    await wb.waitForRowIcon('mail', RUNNING, { timeoutMs: 30_000 });
    const server = vm('default', 'mail');
    assert.equal(server.lastSignal?.signal, 'reset');
    assert.equal(server.power_on, true);
  });

  it('Send Keys offers key combinations and sends the chosen one', async function () {
    const { wb } = s;
    await wb.contextMenu('db1', 'Send Keys…');
    await wb.waitForQuickInput(/Send Keys to db1/);
    const items = await wb.quickPickItems();
    assert.ok(items.some((i) => i.startsWith('Ctrl+Alt+Delete')), `combos offered: ${items.join(' | ')}`);
    await wb.pickItem('Ctrl+Alt+Delete');
    await wb.until('the key press to reach the simulator', async () => vm('db', 'db1').sentKeys.length > 0);
    const server = vm('db', 'db1');
    assert.equal(server.lastSignal?.signal, 'sendkey');
    assert.equal(server.lastSignal?.data, 'ctrl-alt-delete');
    await wb.shot('keys-sent');
  });

  it('Send Keys also takes typed key names, checked as they are typed', async function () {
    const { wb } = s;
    await wb.contextMenu('db1', 'Send Keys…');
    await wb.pickItem('Enter keys');
    await wb.waitForQuickInput(/Key names separated by dashes/);
    await wb.quickInputBox().fill('ctrl-alt-fx3');
    await wb.waitForQuickInput(/not a key the console knows/);
    await wb.shot('keys-invalid');
    await wb.quickInputBox().fill('ctrl-alt-f3');
    await wb.page.keyboard.press('Enter');
    await wb.until('ctrl-alt-f3 to be sent', async () => vm('db', 'db1').lastSignal?.data === 'ctrl-alt-f3');
  });
});
