import * as assert from 'node:assert/strict';
import { banner, rescueBanner } from '../../support/consoleServer';
import type { Scenario } from '../harness/env';
import { scenarioHooks } from '../harness/hooks';

describe('serial console in a terminal (real OpenSSH client)', function () {
  let s: Scenario;
  scenarioHooks('05-console', (x) => (s = x), { signIn: {} });

  it('opens a terminal that reaches the console of the chosen server as the session user', async function () {
    const { wb } = s;
    const consoleServer = s.backends.console;
    const before = consoleServer.sessions.length;
    await wb.contextMenu('web1', 'Open Serial Console');
    const text = await wb.waitForTerminalText(new RegExp(banner('web1').replace(/[()]/g, '\\$&')), { timeoutMs: 30_000 });
    assert.match(text, /web1 login:/);
    const session = consoleServer.sessions[before];
    assert.ok(session, 'the console server saw a session');
    assert.equal(session.username, 'demo', 'ssh logged in as the BigV session user');
    assert.equal(session.serverName, 'web1');
    assert.equal(session.localAddress, s.backends.sim.state.findServer('demo', 'web', 'web1')?.management_address);
    assert.deepEqual(consoleServer.refused, []);
  });

  it('passes keystrokes through to the console', async function () {
    const { wb } = s;
    await wb.page.locator('.terminal-wrapper.active .xterm, .xterm').first().click();
    await wb.page.keyboard.type('root');
    await wb.page.keyboard.press('Enter');
    await wb.waitForTerminalText(/web1 login: root\s+Login incorrect/);
    const session = s.backends.console.sessions.at(-1);
    assert.ok(session?.input.includes('root'), `console received ${JSON.stringify(session?.input)}`);
  });

  it('names the terminal after the server', async function () {
    const names = await s.wb.terminalNames();
    const title = await s.wb.page.locator('.terminal-tabs-entry, .single-terminal-tab, .terminal-tab').allInnerTexts().catch(() => []);
    assert.ok([...names, ...title].some((n) => n.includes('web1.web.demo')), `terminal names: ${JSON.stringify([...names, ...title])}`);
  });

  it('Restart into Rescue…: shut down, started into rescue, the row says so and the console opens on the rescue system (issue 20)', async function () {
    const { wb } = s;
    const before = s.backends.console.sessions.length;
    await wb.contextMenu('web2', 'Restart into Rescue…');
    await wb.waitForDialog(/Restart web2\.web\.demo into the rescue system\?/);
    await wb.clickDialogButton('Stop and Restart into Rescue');
    await wb.waitForRowDescription('web2', /^Rescue system · /, { timeoutMs: 60_000 });
    assert.match(await wb.rowIconClass('web2'), /codicon-tools/);
    await wb.until('a console session to web2', async () => s.backends.console.sessions.slice(before).find((x) => x.serverName === 'web2'), { timeoutMs: 30_000 });
    await wb.waitForTerminalText(new RegExp(rescueBanner('rescue').replace(/[()]/g, '\\$&')), { timeoutMs: 30_000 });
    assert.deepEqual(s.backends.sim.state.findServer('demo', 'web', 'web2')!.lastAppliance, { name: 'rescue', permanent: false });
    await wb.shot('rescue');
    assert.ok((await wb.contextMenuEntries('web2')).includes('Boot Normally'));
    await wb.contextMenu('web2', 'Boot Normally');
    await wb.waitForDialog(/Boot web2\.web\.demo normally\?/);
    await wb.clickDialogButton('Stop and Boot Normally');
    await wb.waitForRowIcon('web2', /codicon-vm-running/, { timeoutMs: 60_000 });
    assert.doesNotMatch(await wb.rowDescription('web2'), /Rescue/);
  });
});
