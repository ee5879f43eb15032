// Issue 17, "acting on the wrong server": Enter in a filtered palette pick acts on the highlighted
// row it shows (never on one the filter hides), a multi-selection's menus offer only what acts on
// all of it, and Go to Server finds a server by its address or hostname.
import * as assert from 'node:assert/strict';
import type { Scenario } from '../harness/env';
import { scenarioHooks } from '../harness/hooks';
import { reveal } from '../harness/flows';

describe('never the wrong server: palette picks, multi-selections, Go to Server', function () {
  let s: Scenario;
  scenarioHooks('17-targets', (x) => (s = x), { signIn: {}, firstRow: 'app1' });

  const writes = (): number => s.backends.sim.requests.filter((r) => r.method !== 'GET').length;
  const powerOf = (account: string, group: string, name: string): boolean | undefined => s.backends.sim.state.findServer(account, group, name)?.power_on;

  /** The names (labels) of the rows the open quick pick shows, in order. */
  const shownNames = (): Promise<string[]> =>
    s.wb.quickPickRows().evaluateAll((rows) => rows.map((r) => r.querySelector('.label-name')?.textContent?.trim() ?? ''));

  /** Waits until the open quick pick shows exactly the rows `expected` (by name). */
  async function waitForShown(expected: string[]): Promise<void> {
    await s.wb.until(`the pick to show ${expected.join(', ')}`, async () => {
      const names = await shownNames();
      if (names.length === expected.length && expected.every((e) => names.includes(e))) return true;
      throw new Error(`shown: ${names.join(', ')}`);
    });
  }

  /** The name of the row VS Code draws as highlighted (focused), or '' when none is. */
  async function highlightedRow(): Promise<string> {
    const focused = s.wb.page.locator('.quick-input-widget .quick-input-list .monaco-list-row.focused');
    return (await focused.count()) > 0 ? ((await focused.first().locator('.label-name').first().textContent()) ?? '').trim() : '';
  }

  it('Start with a name typed: Enter starts the one shown and highlighted, not the first server of the unfiltered list', async function () {
    const { wb } = s;
    assert.equal(powerOf('acme', 'default', 'build'), false);
    await wb.runCommand('BigV: Start Server');
    await wb.waitForQuickInput(/Select powered-off servers to start/);
    await wb.shot('start-opened');
    await wb.quickInputBox().fill('staging');
    await waitForShown(['staging']);
    await wb.shot('start-filtered-staging');
    const highlighted = await highlightedRow();
    await wb.page.keyboard.press('Enter');
    await wb.until('staging to start (or something else to)', async () => powerOf('demo', 'web', 'staging') || powerOf('acme', 'default', 'build'), { timeoutMs: 30_000 });
    assert.equal(powerOf('acme', 'default', 'build'), false, 'build (hidden by the filter) must not start');
    assert.equal(powerOf('demo', 'web', 'staging'), true);
    assert.equal(highlighted, 'staging', 'the row Enter took was the highlighted one');
    await wb.waitForRowIcon('staging', /codicon-vm-running/, { timeoutMs: 30_000 });
  });

  it('Stop filtered to web1 asks about web1, not the first running server', async function () {
    const { wb } = s;
    await wb.runCommand('BigV: Stop Server (Power Off)');
    await wb.waitForQuickInput(/Select servers to stop/);
    await wb.quickInputBox().fill('web1');
    await waitForShown(['web1']);
    await wb.shot('stop-filtered-web1');
    assert.equal(await highlightedRow(), 'web1');
    await wb.page.keyboard.press('Enter');
    const dialog = await wb.waitForDialog(/Stop \S+\?/);
    assert.match(dialog, /Stop web1\.web\.demo\?/);
    await wb.clickDialogButton('Cancel');
    assert.equal(powerOf('acme', 'default', 'dev'), true);
  });

  it('the arrow keys move the highlight, and Enter takes the row they moved to', async function () {
    const { wb } = s;
    await wb.runCommand('BigV: Stop Server (Power Off)');
    await wb.waitForQuickInput(/Select servers to stop/);
    await wb.quickInputBox().fill('app');
    await waitForShown(['app1', 'app2']);
    assert.equal(await highlightedRow(), 'app1');
    await wb.page.keyboard.press('ArrowDown');
    await wb.until('app2 to be highlighted', async () => (await highlightedRow()) === 'app2');
    await wb.shot('stop-app-down');
    await wb.page.keyboard.press('Enter');
    const dialog = await wb.waitForDialog(/Stop \S+\?/);
    assert.match(dialog, /Stop app2\.prod\.acme\?/);
    await wb.clickDialogButton('Cancel');
  });

  it('Enter when the filter shows nothing does nothing', async function () {
    const { wb } = s;
    const before = writes();
    await wb.runCommand('BigV: Stop Server (Power Off)');
    await wb.waitForQuickInput(/Select servers to stop/);
    await wb.quickInputBox().fill('no-such-server');
    await wb.until('the pick to show nothing', async () => (await wb.quickPickRows().count()) === 0);
    await wb.page.keyboard.press('Enter');
    await wb.page.waitForTimeout(1500);
    await wb.shot('stop-enter-on-nothing');
    assert.equal(await wb.dialog().isVisible().catch(() => false), false, 'no confirmation for a server nobody saw');
    assert.equal(writes(), before);
    await wb.page.keyboard.press('Escape');
  });

  it('a ticked server stays in the list while the filter changes, and Enter acts on the ticked ones', async function () {
    const { wb } = s;
    await wb.runCommand('BigV: Stop Server (Power Off)');
    await wb.waitForQuickInput(/Select servers to stop/);
    await wb.pickItem('web2', { filter: 'web2' });
    await wb.quickInputBox().fill('app1');
    await waitForShown(['web2', 'app1']);
    await wb.shot('stop-ticked-web2-filter-app1');
    await wb.pickItem('app1');
    await wb.page.keyboard.press('Enter');
    const dialog = await wb.waitForDialog(/Stop 2 servers\?/);
    assert.match(dialog, /web\.demo: web2/);
    assert.match(dialog, /prod\.acme: app1/);
    await wb.clickDialogButton('Cancel');
  });

  it("a multi-selection's context menu offers only what acts on all of it", async function () {
    const { wb } = s;
    await reveal(wb, 'demo', 'web', 'web2');
    await wb.select('web1');
    const single = await wb.contextMenuEntries('web1');
    for (const e of ['Rename…', 'Resize…', 'Copy Hostname', 'Reimage Server…']) assert.ok(single.includes(e), `one server: ${e} in ${single.join(' | ')}`);
    await wb.select('web1');
    await wb.page.keyboard.down('Control');
    await (await wb.waitForRow('web2')).click();
    await wb.page.keyboard.up('Control');
    const many = await wb.contextMenuEntries('web1');
    for (const e of ['Rename…', 'Resize…', 'Copy Hostname', 'Reimage Server…', 'Open Serial Console', 'Show Properties']) {
      assert.ok(!many.includes(e), `two servers selected: ${e} should not be offered (${many.join(' | ')})`);
    }
    for (const e of ['Stop Server (Power Off)', 'Restart Server', 'Delete Server']) assert.ok(many.includes(e), `two servers: ${e} in ${many.join(' | ')}`);
  });

  it("a one-server row button pressed on a multi-selection refuses in words instead of acting on that row alone", async function () {
    const { wb } = s;
    // web1 and web2 are still selected from the test before.
    const terminals = (await wb.terminalNames()).length;
    await wb.inlineAction('web1', 'Open Serial Console');
    await wb.waitForNotification(/acts on one row, and 2 rows are selected/);
    await wb.page.waitForTimeout(1000);
    assert.equal((await wb.terminalNames()).length, terminals, 'no console opened');
    await wb.clearNotifications();
    await wb.select('web1');
  });

  it('Go to Server finds a server by its IPv4 address, part of it, and its hostname', async function () {
    const { wb } = s;
    const app2 = s.backends.sim.state.findServer('acme', 'prod', 'app2')!;
    const ip = app2.network_interfaces?.[0]?.ips[0] ?? '';
    assert.match(ip, /^\d+\.\d+\.\d+\.\d+$/);
    for (const typed of [ip, ip.split('.').slice(2).join('.')]) {
      await wb.runCommand('BigV: Go to Server…');
      await wb.waitForQuickInput(/Go to Server/);
      await wb.quickInputBox().fill(typed);
      await waitForShown(['app2']);
      await wb.shot(`goto-${typed}`);
      await wb.page.keyboard.press('Escape');
    }
    const db2 = s.backends.sim.state.findServer('demo', 'db', 'db2')!;
    await wb.runCommand('BigV: Go to Server…');
    await wb.waitForQuickInput(/Go to Server/);
    await wb.quickInputBox().fill(db2.hostname);
    await waitForShown(['db2']);
    await wb.shot('goto-hostname');
    await wb.page.keyboard.press('Enter');
    await wb.until('db2 to be selected', async () => (await (await wb.waitForRow('db2')).getAttribute('aria-selected')) === 'true');
  });
});
