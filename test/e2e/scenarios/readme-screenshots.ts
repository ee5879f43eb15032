// Not part of the suite: `npm run test:e2e -- --readme-screenshots` refreshes the committed
// README pictures in media/screenshots/ (the tree, a context menu, the Create Server wizard, the
// serial console), in the default dark theme and again in the light one (`-light.png`): the
// walkthrough shows the picture of the theme in use.
import * as assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import * as path from 'node:path';
import { banner } from '../../support/consoleServer';
import type { Scenario } from '../harness/env';
import { scenarioHooks } from '../harness/hooks';
import { README_SCREENSHOTS_DIR } from '../harness/paths';

const THEMES = [
  { theme: 'Default Dark Modern', suffix: '' },
  { theme: 'Default Light Modern', suffix: '-light' },
];

for (const { theme, suffix } of THEMES) describe(`README screenshots (${theme})`, function () {
  let s: Scenario;
  scenarioHooks(`readme-screenshots${suffix}`, (x) => (s = x), {
    signIn: {},
    settings: { 'workbench.colorTheme': theme },
    then: async (x) => {
      await x.wb.page.setViewportSize({ width: 1100, height: 760 });
      await mkdir(README_SCREENSHOTS_DIR, { recursive: true });
    },
  });

  const save = (name: string, clip?: { x: number; y: number; width: number; height: number }) =>
    s.wb.page.screenshot({ path: path.join(README_SCREENSHOTS_DIR, name.replace(/\.png$/, `${suffix}.png`)), ...(clip ? { clip } : {}) });

  it('tree with a server restarting', async function () {
    const { wb } = s;
    await wb.clearNotifications();
    await wb.contextMenu('web2', 'Restart Server');
    await wb.waitForRowIcon('web2', /codicon-sync/);
    await wb.page.mouse.move(700, 400);
    await save('tree.png', { x: 0, y: 0, width: 560, height: 740 });
    await wb.waitForRowIcon('web2', /codicon-vm-running/, { timeoutMs: 30_000 });
  });

  it('context menu of a running server', async function () {
    const { wb } = s;
    await wb.clearNotifications();
    const row = await wb.waitForRow('web1');
    await row.click({ button: 'right' });
    await wb.page.locator('.monaco-menu .actions-container').first().waitFor();
    // The menu fades in: a picture taken at once shows it half transparent over the tree.
    await wb.page.waitForFunction(`(() => {
      const menu = document.querySelector('.monaco-menu');
      for (let el = menu; el; el = el.parentElement) if (Number(getComputedStyle(el).opacity) < 1) return false;
      return menu !== null;
    })()`);
    await save('context-menu.png', { x: 0, y: 0, width: 560, height: 600 });
    await wb.page.keyboard.press('Escape');
  });

  it('the Create Server wizard', async function () {
    const { wb } = s;
    await wb.clearNotifications();
    await wb.contextMenu('web', 'Create Server…');
    await wb.waitForQuickInput(/\(1\/9\)/);
    await wb.page.keyboard.press('Enter');
    await wb.answerInput(/\(2\/9\)/, 'web3');
    await wb.waitForQuickInput(/zone \(3\/9\)/);
    await wb.pickItem('york');
    await wb.waitForQuickInput(/cores and memory \(4\/9\)/);
    await wb.page.waitForTimeout(400);
    await save('create-server.png', { x: 0, y: 0, width: 1100, height: 420 });
    await wb.page.keyboard.press('Escape');
  });

  it('serial console in a terminal', async function () {
    const { wb } = s;
    await wb.contextMenu('web1', 'Open Serial Console');
    await wb.waitForTerminalText(new RegExp(banner('web1').replace(/[()]/g, '\\$&')), { timeoutMs: 30_000 });
    await wb.page.locator('.xterm').first().click();
    await wb.page.keyboard.type('root');
    await wb.page.keyboard.press('Enter');
    await wb.waitForTerminalText(/Login incorrect/);
    await wb.clearNotifications();
    await save('console.png');
    assert.ok(s.backends.console.sessions.length > 0);
  });
});
