import * as assert from 'node:assert/strict';
import type { Scenario } from '../harness/env';
import { scenarioHooks } from '../harness/hooks';
import type { Workbench } from '../harness/workbench';

const RUNNING = /codicon-vm-running/;

/** What the page's clipboard holds (the Copy commands write it through the browser). */
async function clipboard(wb: Workbench): Promise<string> {
  return (await wb.page.evaluate('navigator.clipboard.readText()')) as string;
}

/** Puts a marker on the clipboard, so a copy that did nothing cannot pass for one that worked. */
async function clearClipboard(wb: Workbench): Promise<void> {
  await wb.page.evaluate('navigator.clipboard.writeText("(nothing copied yet)")');
}

async function waitForClipboard(wb: Workbench, expected: string): Promise<void> {
  await wb.until(`the clipboard to hold ${expected}`, async () => (await clipboard(wb)) === expected);
}

/** The status bar's text; the Copy commands flash `Copied <value>` there for a few seconds. */
async function waitForStatusBar(wb: Workbench, pattern: RegExp): Promise<string> {
  const text = await wb.until(`the status bar to match ${pattern}`, async () => {
    const t = (await wb.page.locator('.part.statusbar').innerText().catch(() => '')).replace(/\s+/g, ' ');
    return pattern.test(t) ? t : undefined;
  }, { timeoutMs: 4000 });
  await wb.shot('status-bar');
  return text;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('copy commands and Show Properties from the context menu', function () {
  let s: Scenario;
  const vm = (group: string, name: string) => {
    const found = s.backends.sim.state.findServer('demo', group, name);
    assert.ok(found, `${name} exists in the simulator`);
    return found;
  };

  scenarioHooks('11-copy-properties', (x) => (s = x), { signIn: {}, firstRow: 'db1' });

  it('Copy Hostname puts the server\'s hostname on the clipboard', async function () {
    const { wb } = s;
    const hostname = vm('web', 'web1').hostname;
    assert.ok(hostname, 'the simulator gives web1 a hostname');
    await clearClipboard(wb);
    await wb.contextMenu('web1', 'Copy Hostname');
    await waitForStatusBar(wb, new RegExp(`Copied ${escapeRegex(hostname)}`));
    await waitForClipboard(wb, hostname);
    await wb.shot('hostname-copied');
  });

  it('Copy IP Address offers every address of a server with several, and copies the one picked', async function () {
    const { wb } = s;
    const server = vm('db', 'db1');
    const primary = server.network_interfaces[0]!.ips[0]!;
    const ips = server.network_interfaces.flatMap((n) => n.ips);
    const extra = server.network_interfaces.flatMap((n) => Object.keys(n.extra_ips));
    assert.ok(extra.length >= 2, `db1 has extra IPs in the seed: ${extra.join(', ')}`);
    await clearClipboard(wb);

    await wb.contextMenu('db1', 'Copy IP Address');
    await wb.waitForQuickInput(/Copy IP Address of db1\.db\.demo/);
    const items = await wb.quickPickItems();
    await wb.shot('ip-addresses-offered');
    assert.equal(items.length, ips.length + extra.length, `offered: ${items.join(' | ')}`);
    for (const ip of [...ips, ...extra]) {
      assert.ok(items.some((i) => i.startsWith(ip)), `${ip} is offered; offered: ${items.join(' | ')}`);
    }
    assert.ok(items[0]!.startsWith(primary) && /primary/.test(items[0]!), `the primary IPv4 comes first: ${items[0]}`);

    // Not the default (first) one: the last extra IP, so the pick is what decides.
    const chosen = extra[extra.length - 1]!;
    const chosenItem = items.find((i) => i.startsWith(chosen))!;
    assert.match(chosenItem, new RegExp(`extra IP, routed via ${escapeRegex(primary)}`));
    await wb.pickItem(chosen);
    await waitForStatusBar(wb, new RegExp(`Copied ${escapeRegex(chosen)}`));
    await waitForClipboard(wb, chosen);
    await wb.shot('ip-copied');
  });

  it('Copy Management Address copies where the server\'s console is reached', async function () {
    const { wb } = s;
    const address = vm('default', 'mail').management_address;
    assert.ok(address, 'the simulator gives mail a management address');
    await clearClipboard(wb);
    await wb.contextMenu('mail', 'Copy Management Address');
    await waitForStatusBar(wb, new RegExp(`Copied ${escapeRegex(address)}`));
    await waitForClipboard(wb, address);
    await wb.shot('management-address-copied');
  });

  it('Show Properties opens a read-only JSON editor with the server as the API has it', async function () {
    const { wb } = s;
    const server = vm('web', 'web2');
    await wb.contextMenu('web2', 'Show Properties');

    const tab = wb.page.locator('.editor-group-container .tabs-container .tab.active');
    const title = await wb.until('the properties tab', async () => {
      const t = (await tab.innerText().catch(() => '')).trim();
      return t.includes('web2') ? t : undefined;
    });
    assert.match(title, /web2/);
    const editor = wb.page.locator('.editor-group-container .monaco-editor').first();
    const lines = editor.locator('.view-lines');
    const shown = await wb.until('the properties to load', async () => {
      const t = (await lines.innerText().catch(() => '')).replace(/\u00a0/g, ' ');
      return t.includes('"power_on"') && t.includes(server.hostname) ? t : undefined;
    });
    await wb.shot('properties');
    assert.match(shown, new RegExp(`"hostname": "${escapeRegex(server.hostname)}"`));
    assert.match(shown, new RegExp(`"power_on": ${server.power_on}`));

    // The whole document (not only the lines on screen), through the clipboard: it is JSON.
    await clearClipboard(wb);
    await lines.click();
    await wb.page.keyboard.press('ControlOrMeta+A');
    await wb.page.keyboard.press('ControlOrMeta+C');
    const text = await wb.until('the document to be copied', async () => {
      const t = await clipboard(wb);
      return t.includes('"power_on"') ? t : undefined;
    });
    const doc = JSON.parse(text) as Record<string, unknown>;
    assert.equal(doc.name, 'web2');
    assert.equal(doc.id, server.id);
    assert.equal(doc.hostname, server.hostname);
    assert.equal(doc.power_on, server.power_on);
    assert.equal(doc.management_address, server.management_address);

    // Typing changes nothing: the editor says it is read-only and the text stays as it was.
    await wb.page.keyboard.press('ControlOrMeta+Home');
    await wb.page.keyboard.type('typed-into-a-read-only-editor');
    await wb.page.keyboard.press('Enter');
    const message = wb.page.locator('.monaco-editor-overlaymessage');
    await wb.until('the read-only message', async () => /read-only/i.test(await message.innerText().catch(() => '')));
    await wb.shot('typed-into-properties');
    const after = (await lines.innerText()).replace(/\u00a0/g, ' ');
    assert.ok(!after.includes('typed-into-a-read-only-editor'), 'the typed text is not on screen');
    assert.equal(after, shown, 'the lines on screen are unchanged');
    assert.ok(!/\bdirty\b/.test((await tab.getAttribute('class')) ?? ''), 'the tab is not marked as modified');
    await clearClipboard(wb);
    await wb.page.keyboard.press('ControlOrMeta+A');
    await wb.page.keyboard.press('ControlOrMeta+C');
    await waitForClipboard(wb, text);
  });

  it('an open properties document follows the server when an action changes it', async function () {
    const { wb } = s;
    await wb.contextMenu('web2', 'Show Properties');
    const lines = wb.page.locator('.editor-group-container .monaco-editor').first().locator('.view-lines');
    const text = async (): Promise<string> => (await lines.innerText().catch(() => '')).replace(/\u00a0/g, ' ');
    await wb.until('the document to show web2 running', async () => /"power_on": true/.test(await text()));

    await wb.contextMenu('web2', 'Stop Server (Power Off)');
    await wb.waitForDialog(/Stop web2/);
    await wb.clickDialogButton('Stop');
    await wb.until('the document to show web2 off', async () => /"power_on": false/.test(await text()), { timeoutMs: 20_000 });
    await wb.shot('properties-followed-stop');
    assert.equal(vm('web', 'web2').power_on, false, 'the simulator has web2 off');
  });
});

describe('a read-only user (viewer)', function () {
  let s: Scenario;
  scenarioHooks('11-viewer', (x) => (s = x), { signIn: { username: 'viewer' } });

  it('sees only the account it may read', async function () {
    const { wb } = s;
    // The groups of demo are loaded by now, in the same answer as any other account would be.
    await wb.waitForRow('db1');
    const labels = await wb.rowLabels();
    await wb.shot('viewer-tree');
    assert.ok(labels.includes('demo'), `shown: ${labels.join(', ')}`);
    assert.ok(!labels.includes('acme'), `acme is not shown: ${labels.join(', ')}`);
    for (const name of ['app1', 'build', 'files']) assert.ok(!labels.includes(name), `acme's ${name} is not shown`);
  });

  it('Stop is not in the menu (privileges say it would be refused); from the palette it is refused before anything is asked or sent, naming the privilege, and the server stays on', async function () {
    const { wb } = s;
    const { sim } = s.backends;
    assert.match(await wb.rowIconClass('web1'), RUNNING);
    const menu = await wb.until('the menu to leave out writes', async () => {
      const entries = await wb.contextMenuEntries('web1');
      return entries.some((e) => /Stop/.test(e)) ? undefined : entries;
    });
    assert.ok(menu.includes('Copy Hostname'), `reads stay: ${menu.join(', ')}`);
    const before = sim.requests.length;
    await wb.runCommand('BigV: Stop Server (Power Off)');
    const note = await wb.waitForNotification(/Your privileges allow no changes to the servers this applies to: it needs the server administrator privilege/);
    assert.doesNotMatch(note, /Stopping/);
    const writes = sim.requests.slice(before).filter((r) => r.method !== 'GET');
    assert.deepEqual(writes.map((r) => `${r.method} ${r.path}`), [], 'nothing was sent');
    const server = sim.state.findServer('demo', 'web', 'web1');
    assert.equal(server?.power_on, true, 'still powered on in the simulator');
    assert.equal(server?.autoreboot_on, true);
    // The tree does not claim otherwise: no spinner left behind, still running.
    await wb.waitForRowIcon('web1', RUNNING);
    assert.doesNotMatch(await wb.rowDescription('web1'), /Stopping/);
    await wb.shot('viewer-stop-refused');
  });
});
