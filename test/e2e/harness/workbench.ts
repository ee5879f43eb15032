// Drives the VS Code workbench in the browser the way a user does (activity bar, tree rows,
// context menus, the Command Palette, quick inputs, notifications, dialogs, the terminal), and
// saves a screenshot after every step so a failure can be read from pictures.
import { mkdir, rm } from 'node:fs/promises';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';

export interface WaitOptions {
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT = 20_000;

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class Workbench {
  private stepNo = 0;

  constructor(
    readonly page: Page,
    /** Folder of this scenario's screenshots. */
    readonly shotsDir: string,
    private readonly log: (l: string) => void = () => undefined,
  ) {}

  static async open(page: Page, url: string, shotsDir: string, log?: (l: string) => void): Promise<Workbench> {
    await rm(shotsDir, { recursive: true, force: true });
    await mkdir(shotsDir, { recursive: true });
    const wb = new Workbench(page, shotsDir, log);
    await page.goto(url);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    // The activity bar fills in once the extension host has registered contributions.
    await page.locator('.activitybar').waitFor({ timeout: 30_000 });
    await wb.shot('workbench-loaded');
    return wb;
  }

  /** Screenshot named `NN-name.png` in the scenario's folder. */
  async shot(name: string): Promise<string> {
    this.stepNo += 1;
    const file = path.join(this.shotsDir, `${String(this.stepNo).padStart(2, '0')}-${name.replace(/[^a-z0-9.-]+/gi, '-')}.png`);
    await this.page.screenshot({ path: file }).catch((err: unknown) => this.log(`screenshot ${file} failed: ${String(err)}`));
    return file;
  }

  /** Polls `probe` until it returns a truthy value; on timeout says what was awaited and what was last seen. */
  async until<T>(what: string, probe: () => Promise<T | undefined | false | null>, o: WaitOptions = {}): Promise<T> {
    const deadline = Date.now() + (o.timeoutMs ?? DEFAULT_TIMEOUT);
    let last: unknown;
    for (;;) {
      try {
        const v = await probe();
        if (v) return v;
        last = v;
      } catch (err) {
        last = err instanceof Error ? err.message : err;
      }
      if (Date.now() > deadline) {
        await this.shot(`timeout-${what}`);
        throw new Error(`timed out waiting for ${what} (last seen: ${JSON.stringify(last)})`);
      }
      await this.page.waitForTimeout(150);
    }
  }

  // ---- activity bar and the BigV view ----

  /** The view container's activity bar entry; found by aria-label, which is its title. */
  activityEntry(title = 'Bytemark Cloud'): Locator {
    return this.page.locator(`.activitybar .action-item .action-label[aria-label^="${title}"]`).first();
  }

  activityItem(title = 'Bytemark Cloud'): Locator {
    return this.page.locator('.activitybar .action-item').filter({ has: this.page.locator(`.action-label[aria-label^="${title}"]`) }).first();
  }

  async openBigvView(): Promise<void> {
    const entry = this.activityEntry();
    await entry.waitFor({ timeout: 60_000 });
    const item = this.activityItem();
    const pane = this.serversPane();
    const deadline = Date.now() + 40_000;
    // After a reload the workbench restores the side bar by itself, a moment after the activity
    // bar appears, and a click in that moment toggles it shut again. So click only while the pane
    // is not showing and the entry is not checked, then let the workbench settle and look again.
    while (!(await pane.isVisible())) {
      if (Date.now() > deadline) {
        await this.shot('timeout-bigv-view');
        throw new Error('timed out opening the Bytemark Cloud view');
      }
      const checked = (await item.getAttribute('aria-pressed')) === 'true' || (await item.getAttribute('aria-checked')) === 'true' ||
        /\bchecked\b/.test((await item.getAttribute('class')) ?? '');
      if (!checked) await entry.click();
      await pane.waitFor({ timeout: 3_000 }).catch(() => undefined);
    }
    await this.shot('bigv-view');
  }

  /** The "Servers" pane of the BigV container. */
  serversPane(): Locator {
    return this.page.locator('.sidebar .pane', { has: this.page.locator('.pane-header[aria-label^="Servers"]') }).first();
  }

  welcome(): Locator {
    return this.serversPane().locator('.welcome-view-content');
  }

  async clickWelcomeButton(text: string): Promise<void> {
    const button = this.welcome().locator('.monaco-button, a', { hasText: text }).first();
    await button.waitFor({ timeout: DEFAULT_TIMEOUT });
    await button.click();
    await this.shot(`welcome-${text}`);
  }

  // ---- tree rows ----

  /** Tree rows whose label is exactly `label` (a group name such as `default` occurs more than once). */
  rows(label: string): Locator {
    return this.serversPane()
      .locator('.monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegex(label)}\\s*$`) }) });
  }

  row(label: string, nth = 0): Locator {
    return this.rows(label).nth(nth);
  }

  async rowLabels(): Promise<string[]> {
    return (await this.serversPane().locator('.monaco-list-row .label-name').allInnerTexts()).map((s) => s.trim());
  }

  async waitForRow(label: string, o: WaitOptions & { nth?: number } = {}): Promise<Locator> {
    const row = this.row(label, o.nth ?? 0);
    await row.waitFor({ timeout: o.timeoutMs ?? DEFAULT_TIMEOUT });
    return row;
  }

  async waitForNoRow(label: string, o: WaitOptions = {}): Promise<void> {
    await this.until(`row ${label} to disappear`, async () => (await this.rows(label).count()) === 0, o);
  }

  async rowDescription(label: string, nth = 0): Promise<string> {
    const d = this.row(label, nth).locator('.label-description');
    return (await d.count()) > 0 ? (await d.first().innerText()).trim() : '';
  }

  /** Classes of the row's icon, e.g. `codicon codicon-vm-running`, `codicon-sync codicon-modifier-spin`. */
  async rowIconClass(label: string, nth = 0): Promise<string> {
    const row = this.row(label, nth);
    // Not the twistie (also a codicon) of an expandable row: the item's own icon.
    const icon = row.locator('.custom-view-tree-node-item-icon, .codicon:not(.monaco-tl-twistie)').first();
    const own = (await icon.count()) > 0 ? ((await icon.getAttribute('class')) ?? '') : '';
    // Some versions put the codicon class on the label container instead of a separate icon.
    const label_ = row.locator('.monaco-icon-label').first();
    const labelClass = (await label_.count()) > 0 ? ((await label_.getAttribute('class')) ?? '') : '';
    return `${own} ${labelClass}`.trim();
  }

  /** Waits until the row's icon class matches; returns the classes seen. */
  async waitForRowIcon(label: string, pattern: RegExp, o: WaitOptions = {}): Promise<string> {
    return this.until(`icon of ${label} to match ${pattern}`, async () => {
      const cls = await this.rowIconClass(label);
      return pattern.test(cls) ? cls : undefined;
    }, o);
  }

  async waitForRowDescription(label: string, pattern: RegExp, o: WaitOptions = {}): Promise<string> {
    return this.until(`description of ${label} to match ${pattern}`, async () => {
      const d = await this.rowDescription(label);
      return pattern.test(d) ? d || ' ' : undefined;
    }, o);
  }

  async isExpanded(row: Locator): Promise<boolean | undefined> {
    const v = await row.getAttribute('aria-expanded');
    return v === null ? undefined : v === 'true';
  }

  async expand(label: string, nth = 0): Promise<void> {
    const row = await this.waitForRow(label, { nth });
    if ((await this.isExpanded(row)) === false) {
      await row.click();
      await this.until(`${label} to expand`, async () => (await this.isExpanded(row)) === true);
    }
  }

  async select(label: string, nth = 0): Promise<void> {
    const row = await this.waitForRow(label, { nth });
    await row.click();
  }

  // ---- menus ----

  /** Right-click a row and run a context-menu entry. */
  async contextMenu(label: string, entry: string, nth = 0): Promise<void> {
    const row = await this.waitForRow(label, { nth });
    await row.click({ button: 'right' });
    await this.runMenuEntry(entry, `menu-${label}-${entry}`);
  }

  /** Opens a row's context menu and returns the entries shown (then closes it). */
  async contextMenuEntries(label: string, nth = 0): Promise<string[]> {
    const row = await this.waitForRow(label, { nth });
    await row.click({ button: 'right' });
    const menu = this.page.locator('.monaco-menu .actions-container').first();
    await menu.waitFor({ timeout: DEFAULT_TIMEOUT });
    await this.shot(`menu-${label}`);
    const entries = (await this.page.locator('.monaco-menu .action-item:not(.disabled) .action-label').allInnerTexts())
      .map((s) => s.trim())
      .filter(Boolean);
    await this.page.keyboard.press('Escape');
    return entries;
  }

  /**
   * A plain `.click()` on a menu entry does nothing in this workbench (the menu reacts to the
   * mouse-up of a pointer that moved onto it), so move to the entry's centre and press there.
   */
  async runMenuEntry(entry: string, shotName: string): Promise<void> {
    const item = this.page
      .locator('.monaco-menu .action-item:not(.disabled) .action-label')
      .filter({ hasText: new RegExp(`^\\s*${escapeRegex(entry)}\\s*$`) })
      .first();
    await item.waitFor({ timeout: DEFAULT_TIMEOUT });
    await this.shot(shotName);
    const box = await item.boundingBox();
    if (!box) throw new Error(`menu entry ${entry} has no box`);
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await this.page.mouse.down();
    await this.page.mouse.up();
  }

  /** How many of the view title bar's actions (the icons beside the view's name) have this title. */
  async titleActionCount(title: string): Promise<number> {
    return this.page.locator(`.title-actions .action-label[aria-label^="${title}"], .pane-header .actions .action-label[aria-label^="${title}"]`).count();
  }

  /** Inline action (the icons shown on hover) of a row, by its title. */
  async inlineAction(label: string, title: string, nth = 0): Promise<void> {
    const row = await this.waitForRow(label, { nth });
    await row.hover();
    const action = row.locator(`.actions .action-label[aria-label^="${title}"]`).first();
    await action.click();
    await this.shot(`inline-${label}-${title}`);
  }

  // ---- command palette and quick input ----

  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('F1');
    const input = this.quickInputBox();
    await input.waitFor({ timeout: DEFAULT_TIMEOUT });
    await input.fill(`>${title}`);
    const item = this.quickPickRows().filter({ hasText: title }).first();
    await item.waitFor({ timeout: DEFAULT_TIMEOUT });
    await this.shot(`palette-${title}`);
    await this.page.keyboard.press('Enter');
  }

  /** What the Command Palette offers for `text` (then closes it). */
  async paletteEntries(text: string): Promise<string[]> {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('F1');
    await this.quickInputBox().waitFor({ timeout: DEFAULT_TIMEOUT });
    await this.quickInputBox().fill(`>${text}`);
    // The list filters as typed; give it a moment to settle before reading it.
    await this.page.waitForTimeout(500);
    const entries = (await this.quickPickRows().allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
    await this.shot(`palette-entries-${text}`);
    await this.page.keyboard.press('Escape');
    return entries;
  }

  quickInputWidget(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  quickInputBox(): Locator {
    return this.page.locator('.quick-input-widget .quick-input-box input');
  }

  quickPickRows(): Locator {
    return this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
  }

  /** Waits for a quick input whose title/prompt/placeholder/message contains `pattern`. */
  async waitForQuickInput(pattern: RegExp, o: WaitOptions = {}): Promise<string> {
    return this.until(`a quick input matching ${pattern}`, async () => {
      const widget = this.quickInputWidget();
      if (!(await widget.isVisible())) return undefined;
      const text = [
        await widget.innerText().catch(() => ''),
        (await this.quickInputBox().getAttribute('placeholder').catch(() => '')) ?? '',
        (await this.quickInputBox().getAttribute('aria-label').catch(() => '')) ?? '',
      ].join('\n');
      return pattern.test(text) ? text : undefined;
    }, o);
  }

  /** Types into the open quick input and accepts it. */
  async answerInput(pattern: RegExp, value: string, name = 'input'): Promise<void> {
    await this.waitForQuickInput(pattern);
    await this.quickInputBox().fill(value);
    await this.shot(`quick-input-${name}`);
    await this.page.keyboard.press('Enter');
  }

  /** Picks a quick-pick item whose text contains `text` (typing it as a filter first). */
  async pickItem(text: string, o: { filter?: string } = {}): Promise<void> {
    await this.quickInputBox().waitFor({ timeout: DEFAULT_TIMEOUT });
    if (o.filter !== undefined) await this.quickInputBox().fill(o.filter);
    const row = this.quickPickRows().filter({ hasText: text }).first();
    await row.waitFor({ timeout: DEFAULT_TIMEOUT });
    await this.shot(`pick-${text}`);
    await row.click();
  }

  async quickPickItems(): Promise<string[]> {
    await this.quickPickRows().first().waitFor({ timeout: DEFAULT_TIMEOUT });
    return (await this.quickPickRows().allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
  }

  // ---- notifications, status bar and dialogs ----

  async statusBarText(): Promise<string> {
    return (await this.page.locator('.part.statusbar').innerText()).replace(/\s+/g, ' ').trim();
  }

  async waitForStatusBar(pattern: RegExp, o: WaitOptions = {}): Promise<string> {
    const text = await this.until(`the status bar to show ${pattern}`, async () => {
      const t = await this.statusBarText();
      return pattern.test(t) ? t : undefined;
    }, o);
    await this.shot('status-bar');
    return text;
  }

  /** Shows the Explorer instead, so the BigV view is hidden. */
  async hideBigvView(): Promise<void> {
    await this.runCommand('View: Show Explorer');
    await this.until('the servers view to be hidden', async () => !(await this.serversPane().isVisible()));
  }

  async notifications(): Promise<string[]> {
    return (await this.page.locator('.notifications-toasts .notification-toast').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
  }

  async waitForNotification(pattern: RegExp, o: WaitOptions = {}): Promise<string> {
    const text = await this.until(`a notification matching ${pattern}`, async () => (await this.notifications()).find((n) => pattern.test(n)), o);
    await this.shot('notification');
    return text;
  }

  async clickNotificationButton(pattern: RegExp, button: string): Promise<void> {
    const toast = this.page.locator('.notifications-toasts .notification-toast').filter({ hasText: pattern }).first();
    await toast.waitFor({ timeout: DEFAULT_TIMEOUT });
    await toast.locator('.monaco-button', { hasText: button }).first().click();
    await this.shot(`notification-${button}`);
  }

  async clearNotifications(): Promise<void> {
    const toasts = this.page.locator('.notifications-toasts .notification-toast');
    for (let i = (await toasts.count()) - 1; i >= 0; i--) {
      const close = toasts.nth(i).locator('.codicon-notifications-clear, .codicon-close').first();
      if (await close.isVisible().catch(() => false)) await close.click().catch(() => undefined);
    }
  }

  /** A modal dialog (`showWarningMessage(..., { modal: true })`). */
  dialog(): Locator {
    return this.page.locator('.monaco-dialog-box');
  }

  async waitForDialog(pattern: RegExp, o: WaitOptions = {}): Promise<string> {
    const text = await this.until(`a dialog matching ${pattern}`, async () => {
      const d = this.dialog();
      if (!(await d.isVisible().catch(() => false))) return undefined;
      const t = (await d.innerText()).replace(/\s+/g, ' ');
      return pattern.test(t) ? t : undefined;
    }, o);
    await this.shot('dialog');
    return text;
  }

  async clickDialogButton(text: string): Promise<void> {
    await this.dialog().locator('.dialog-buttons .monaco-button', { hasText: text }).first().click();
    await this.shot(`dialog-${text}`);
  }

  // ---- terminal ----

  async terminalText(): Promise<string> {
    const rows = this.page.locator('.terminal-wrapper.active .xterm-rows, .xterm .xterm-rows');
    const texts = await rows.allInnerTexts().catch(() => [] as string[]);
    return texts.join('\n');
  }

  async waitForTerminalText(pattern: RegExp, o: WaitOptions = {}): Promise<string> {
    const text = await this.until(`terminal text matching ${pattern}`, async () => {
      const t = await this.terminalText();
      return pattern.test(t) ? t : undefined;
    }, o);
    await this.shot('terminal');
    return text;
  }

  /** Names of the terminal tabs/instances. */
  async terminalNames(): Promise<string[]> {
    const tabs = this.page.locator('.terminal-tabs-entry .label-name, .single-terminal-tab .label-name, .terminal-tab .label-name');
    return (await tabs.allInnerTexts().catch(() => [] as string[])).map((s) => s.trim());
  }
}
