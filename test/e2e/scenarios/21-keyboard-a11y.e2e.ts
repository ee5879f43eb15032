// Issue 19, item 12: the tree is usable without a mouse and without seeing colours. Every row
// says what it is and its state in words in the workbench's accessibility tree (what a screen
// reader reads), every inline button has a name, and a server's actions are reached from the
// keyboard alone: focus the view from the palette, walk to the row with the arrows, open its
// menu with Shift+F10 and run an entry with Enter.
import * as assert from 'node:assert/strict';
import type { Scenario } from '../harness/env';
import { scenarioHooks } from '../harness/hooks';

const STATE_WORDS = /\b(running|stopped|starting|stopping|restarting|deleted|powered off|shut down|changing|unknown)\b/i;

describe('keyboard and screen reader', function () {
  let s: Scenario;
  scenarioHooks('21-keyboard-a11y', (x) => (s = x), { signIn: {} });

  it('every row has a spoken name, servers say their state in words, inline buttons are named', async function () {
    const { wb } = s;
    await wb.waitForRow('web1');
    const snapshot = await wb.serversPane().locator('[role="tree"]').first().ariaSnapshot();
    const items = [...snapshot.matchAll(/treeitem "([^"]*)"/g)].map((m) => m[1]!);
    assert.ok(items.length >= 4, `tree items in the accessibility tree:\n${snapshot}`);
    for (const name of items) assert.ok(name.trim().length > 0, `a row without a name:\n${snapshot}`);
    const web1 = items.find((n) => /^web1\./.test(n));
    assert.ok(web1, `web1 by its full name:\n${snapshot}`);
    assert.match(web1, STATE_WORDS, 'the state in words, not only the icon colour');
    const unnamed = await wb.serversPane().locator('.monaco-list-row .actions .action-label').evaluateAll((els) =>
      els.filter((e) => !(e.getAttribute('aria-label') ?? e.getAttribute('title') ?? '').trim()).length,
    );
    assert.equal(unnamed, 0, 'every inline button has a name');
  });

  it('a server action from the keyboard alone: focus the view, arrows to the row, Shift+F10, Enter', async function () {
    const { wb } = s;
    const { page } = wb;
    await wb.runCommand('Focus on Servers View');
    await wb.until('the keyboard focus in the Servers view', async () =>
      page.evaluate<boolean>(`(() => {
        const active = document.activeElement;
        const pane = active && active.closest('.pane');
        return !!pane && !!pane.querySelector('.pane-header[aria-label^="Servers"]') && !!active.closest('.monaco-list');
      })()`),
    );
    await page.keyboard.press('Home');
    // The row a screen reader is on: the tree's active descendant, read as it reads it.
    const focusedRow = () => page.evaluate<{ label: string; expanded: string | null }>(`(() => {
      const active = document.activeElement;
      const id = active && active.getAttribute('aria-activedescendant');
      const row = id ? document.getElementById(id) : null;
      return { label: row ? row.getAttribute('aria-label') || '' : '', expanded: row ? row.getAttribute('aria-expanded') : null };
    })()`);
    await wb.until('a focused row in the view', async () => (await focusedRow()).label !== '');
    let label = '';
    for (let i = 0; i < 40; i++) {
      const row = await focusedRow();
      label = row.label;
      if (/^web2\.web\.demo\b/.test(label)) break;
      // A collapsed account or group opens with the right arrow; then down to its first child.
      if (row.expanded === 'false' && !/^[^,]*\.[^,]*\.[^,]*,/.test(label)) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowDown');
    }
    assert.match(label, /^web2\.web\.demo, Running/, 'walked to web2 with the arrow keys, and it is read with its state');
    await wb.shot('keyboard-focused-web2');
    await page.keyboard.press('Shift+F10');
    const menu = page.locator('.monaco-menu .actions-container').first();
    await menu.waitFor({ timeout: 10_000 });
    const entries = (await page.locator('.monaco-menu .action-item:not(.disabled) .action-label').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
    assert.ok(entries.includes('Restart Server'), `the menu by keyboard: ${entries.join(', ')}`);
    // Down through the menu to Restart Server, as a keyboard user would.
    for (let i = 0; i < entries.length; i++) {
      const at = (await page.locator('.monaco-menu .action-item.focused .action-label').allInnerTexts()).map((t) => t.trim())[0];
      if (at === 'Restart Server') break;
      await page.keyboard.press('ArrowDown');
    }
    await wb.shot('keyboard-menu');
    await page.keyboard.press('Enter');
    await wb.waitForRowIcon('web2', /codicon-sync/, { timeoutMs: 20_000 });
    await wb.waitForRowIcon('web2', /codicon-vm-running/, { timeoutMs: 60_000 });
  });
});
