import * as assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import { PICTURE, pictureColour, sawCtrlAltDel, typedText } from '../../support/rfbServer';
import type { Scenario } from '../harness/env';
import { scenarioHooks } from '../harness/hooks';
import { canvasPixel, webviewFrame } from '../harness/webview';

/** Points in each part of the test server's picture (top bar, four quadrants). */
const SAMPLES: Array<[number, number]> = [[160, 8], [40, 60], [280, 60], [40, 170], [280, 170]];

async function showsPicture(frame: Frame): Promise<boolean> {
  for (const [x, y] of SAMPLES) {
    const got = await canvasPixel(frame, '#screen canvas', x, y);
    if (!got || got.some((v, i) => Math.abs(v - pictureColour(x, y)[i]!) > 8)) return false;
  }
  return true;
}

describe('consoles with nothing else installed: the graphical console and the built-in SSH client', function () {
  let s: Scenario;
  let frame: Frame;
  // No ssh to be found (bigv.console.client stays 'auto'), so the serial console falls back to
  // the built-in client; the sshArgs every scenario gets still name the test server's port and key.
  scenarioHooks('18-graphical-console', (x) => (s = x), { signIn: {}, settings: { 'bigv.console.sshPath': 'bigv-test-no-such-ssh' } });

  it('opens the graphical console from the tree and shows the server screen', async function () {
    const { wb } = s;
    const vnc = s.backends.console.vnc;
    const before = vnc.length;
    await wb.contextMenu('web1', 'Open Graphical Console');
    await wb.until('the console tab', async () => (await wb.page.locator('.tabs-container .tab').filter({ hasText: 'web1.web.demo' }).count()) > 0);
    frame = await webviewFrame(wb.page, '#screen', 45_000);
    await wb.until('the screen canvas', async () => (await frame.locator('#screen canvas').count()) > 0);
    await wb.until('the canvas to show the known picture', async () => showsPicture(frame), { timeoutMs: 30_000 });
    const session = vnc[before];
    assert.ok(session, 'the console server saw a VNC tunnel');
    assert.equal(session.username, 'demo', 'the tunnel logs in as the BigV session user');
    const address = s.backends.sim.state.findServer('demo', 'web', 'web1')?.management_address;
    assert.equal(session.destination, `${address}:5900`, 'the tunnel goes to port 5900 of the management address');
    assert.equal(session.rfb.clientVersion, 'RFB 003.008');
    const title = await wb.page.locator('.tabs-container .tab .label-name').allInnerTexts();
    assert.ok(title.some((t) => t.includes('web1.web.demo')), `tabs: ${JSON.stringify(title)}`);
    assert.match((await frame.locator('#status').innerText()).trim(), /Connected/);
    await wb.shot('graphical-console');
    assert.equal((await frame.locator('canvas').first().evaluate((c) => (c as unknown as { width: number }).width)), PICTURE.width);
  });

  it('sends Ctrl-Alt-Del, typed text and the mouse to the server', async function () {
    const { wb } = s;
    const session = s.backends.console.vnc.at(-1)!;
    await frame.locator('#cad').click();
    await wb.until('Ctrl-Alt-Del at the server', async () => sawCtrlAltDel(session.rfb));
    await frame.locator('#screen canvas').click({ position: { x: 50, y: 50 } });
    await wb.page.keyboard.type('hello bigv');
    await wb.until('the typed text at the server', async () => typedText(session.rfb).includes('hello bigv'));
    assert.ok(session.rfb.pointer.some((p) => p.mask === 1), `pointer events: ${JSON.stringify(session.rfb.pointer.slice(-3))}`);
    assert.equal(session.rfb.error, undefined);
    await wb.shot('graphical-console-input');
    // Scale to fit off: the screen at its own size (320 px); on again: stretched to the tab.
    const shownWidth = (): Promise<number> => frame.locator('#screen canvas').evaluate((c) => (c as unknown as { clientWidth: number }).clientWidth);
    await frame.locator('#scale').uncheck();
    await wb.until('the screen at its own size', async () => (await shownWidth()) === PICTURE.width);
    await frame.locator('#scale').check();
    await wb.until('the screen scaled to the tab', async () => (await shownWidth()) > PICTURE.width);
  });

  it('says when the connection is lost, and Reconnect brings the screen back', async function () {
    const { wb } = s;
    const vnc = s.backends.console.vnc;
    const before = vnc.length;
    vnc.at(-1)!.close();
    await frame.locator('#reconnect').waitFor({ state: 'visible', timeout: 15_000 });
    assert.match(await frame.locator('#status').innerText(), /closed|lost/i);
    await wb.shot('graphical-console-lost');
    await frame.locator('#reconnect').click();
    await wb.until('a new tunnel', async () => vnc.length > before);
    await wb.until('the picture again', async () => showsPicture(frame), { timeoutMs: 30_000 });
    assert.ok(await frame.locator('#reconnect').isHidden());
  });

  it('closing the tab closes the tunnel', async function () {
    const { wb } = s;
    const session = s.backends.console.vnc.at(-1)!;
    const tab = wb.page.locator('.tabs-container .tab').filter({ hasText: 'web1.web.demo' }).first();
    await tab.hover();
    await tab.locator('.tab-actions .action-label').first().click();
    await wb.until('the tunnel to close', async () => session.rfb.closed);
  });

  it('runs the serial console with the built-in SSH client when no ssh is found', async function () {
    const { wb } = s;
    const consoleServer = s.backends.console;
    const before = consoleServer.sessions.length;
    await wb.contextMenu('web1', 'Open Serial Console');
    await wb.waitForTerminalText(/built-in SSH client[\s\S]*web1 login:/, { timeoutMs: 30_000 });
    const session = consoleServer.sessions[before];
    assert.ok(session, 'the console server saw a session');
    assert.equal(session.username, 'demo');
    assert.equal(session.serverName, 'web1');
    assert.equal(session.term, 'xterm-256color');
    await wb.page.locator('.terminal-wrapper.active .xterm, .xterm').first().click();
    await wb.page.keyboard.type('root');
    await wb.page.keyboard.press('Enter');
    await wb.waitForTerminalText(/web1 login: root\s+Login incorrect/);
    assert.ok(session.input.includes('root'));
    assert.ok(session.sizes.length > 0 && session.sizes[0]!.cols > 20, `sizes: ${JSON.stringify(session.sizes)}`);
  });
});
