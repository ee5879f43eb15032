// Issue 21 in the real VS Code: an agent (the companion test extension, test/e2e/companion) calls
// vscode.lm.invokeTool as another extension's agent would, outside any chat (no
// toolInvocationToken). What VS Code does then (its LanguageModelToolsService.invokeTool, read in
// the code-server this runs): it calls the tool's prepareInvocation and, since bigv's change
// tools return confirmationMessages, asks the person in a modal dialog (title and message as
// plain text) before it calls invoke; Cancel there ends the call with a CancellationError and
// invoke is never called. So the whole path runs here: the setting, the confirmation the person
// reads and accepts, the command handler, the tree, the Activity view and its Undo, each read
// back from the simulator.
import * as assert from 'node:assert/strict';
import type { Scenario } from '../harness/env';
import { scenarioHooks } from '../harness/hooks';
import type { Workbench } from '../harness/workbench';

const RUNNING = /codicon-vm-running/;
const STOPPED = /codicon-vm-outline/;
const CHANGING = /codicon-(sync|loading)\b.*|codicon-modifier-spin/;
const INVOKE = 'E2E Companion: Invoke Language Model Tool';

/** The Activity pane of the BigV container. */
function activityPane(wb: Workbench) {
  return wb.page.locator('.sidebar .pane', { has: wb.page.locator('.pane-header[aria-label^="Activity"]') }).first();
}

function activityRow(wb: Workbench, action: RegExp) {
  return activityPane(wb).locator('.monaco-list-row').filter({ has: wb.page.locator('.label-name', { hasText: action }) }).first();
}

describe('an agent through vscode.lm.invokeTool, and the Activity view', function () {
  let s: Scenario;
  const staging = () => s.backends.sim.state.findServer('demo', 'web', 'staging')!;

  scenarioHooks('24-agent', (x) => (s = x), { signIn: {}, companion: true, settings: { 'bigv.agentTools': 'change' } });

  /** Asks the companion to make the call (from the palette) and returns its result once written. */
  async function agent(tool: string, input: unknown, confirm?: (dialog: string) => Promise<void>) {
    await s.companion!.request({ tool, input });
    await s.wb.runCommand(INVOKE);
    if (confirm) await confirm(await s.wb.waitForDialog(/./));
    return s.companion!.answer();
  }

  it('the bigv tools are in VS Code\'s tool list (vscode.lm.tools)', async function () {
    await s.companion!.request({ list: 'bigv_' });
    await s.wb.runCommand(INVOKE);
    const listed = await s.companion!.answer();
    assert.ok(listed.ok, listed.error);
    const names = listed.text!.split('\n');
    for (const n of ['bigv_findServers', 'bigv_serverDetails', 'bigv_powerServers', 'bigv_openIrreversible']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
  });

  it('bigv_findServers finds the stopped servers; reading asks nothing', async function () {
    const found = await agent('bigv_findServers', { state: 'stopped' });
    assert.ok(found.ok, found.error);
    assert.match(found.text!, /staging\.web\.demo/);
    assert.doesNotMatch(found.text!, /web1\.web\.demo/, 'a running server is not listed');
    assert.equal(await s.wb.dialog().isVisible(), false, 'no confirmation for a read');
  });

  it('bigv_powerServers start: VS Code shows the blast radius, and after Cancel nothing happens', async function () {
    const cancelled = await agent('bigv_powerServers', { action: 'start', servers: ['staging.web.demo'] }, async (dialog) => {
      assert.match(dialog, /Start 1 server\(s\)\?/);
      await s.wb.clickDialogButton('Cancel');
    });
    assert.equal(cancelled.ok, false);
    assert.match(cancelled.error!, /Cancel/i);
    assert.equal(staging().power_on, false, 'not started');
  });

  it('confirmed, it starts staging: the tree shows it starting, then running', async function () {
    const { wb } = s;
    // Hold the PUT a moment, so the changing state is on screen long enough to be seen for sure.
    s.backends.sim.faults.delayNext({ ms: 1500, method: 'PUT', path: /virtual_machines/ });
    const started = await agent('bigv_powerServers', { action: 'start', servers: ['staging.web.demo'] }, async (dialog) => {
      assert.match(dialog, /staging\.web\.demo \(profile [^)]+\): stopped → running/);
      assert.match(dialog, /Undo: Shut it down again/);
      assert.match(dialog, /Privilege used: server administrator/);
      await wb.shot('agent-confirmation');
      const buttons = (await wb.dialog().locator('.dialog-buttons .monaco-button').allInnerTexts()).map((b) => b.trim());
      // VS Code's own confirm dialog: its labels (Yes, Cancel), in the platform's order.
      const yes = buttons.find((b) => b !== 'Cancel');
      assert.ok(yes && buttons.includes('Cancel'), buttons.join(', '));
      await wb.clickDialogButton(yes);
      await wb.waitForRowIcon('staging', CHANGING);
      await wb.shot('agent-starting');
    });
    assert.ok(started.ok, started.error);
    assert.match(started.text!, /^Done \(1\)\.\nstaging\.web\.demo: done/);
    await wb.waitForRowIcon('staging', RUNNING, { timeoutMs: 30_000 });
    assert.equal(staging().power_on, true);
  });

  it('the Activity view shows it as "agent: bigv_powerServers", and Undo shuts it down again', async function () {
    const { wb } = s;
    const header = activityPane(wb).locator('.pane-header').first();
    await header.waitFor({ timeout: 15_000 });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const row = activityRow(wb, /^Starting staging\.web\.demo$/);
    await row.waitFor({ timeout: 15_000 });
    assert.match(await row.innerText(), /agent: bigv_powerServers/);
    await wb.shot('activity-agent');
    await row.click({ button: 'right' });
    await wb.runMenuEntry('Undo', 'activity-undo-menu');
    const dialog = await wb.waitForDialog(/Shut down staging\.web\.demo again/);
    assert.match(dialog, /started by the change this undoes/);
    await wb.clickDialogButton('Undo');
    await wb.waitForRowIcon('staging', STOPPED, { timeoutMs: 30_000 });
    assert.equal(staging().power_on, false);
    const undone = activityRow(wb, /^Shutting down staging\.web\.demo$/);
    await undone.waitFor({ timeout: 15_000 });
    assert.match(await undone.innerText(), /\bdemo\b/, 'the undo is the person\'s');
    assert.match((await activityRow(wb, /^Starting staging\.web\.demo$/).locator('.custom-view-tree-node-item-icon, .codicon').first().getAttribute('class')) ?? '', /codicon-discard/);
    await wb.shot('activity-undone');
  });

  it('bigv_activity tells the agent what was done and that it was undone', async function () {
    const log = await agent('bigv_activity', { server: 'staging' });
    assert.ok(log.ok, log.error);
    assert.match(log.text!, /^2 change\(s\), newest first/);
    assert.match(log.text!, /\| demo \| Shutting down staging\.web\.demo \| done/);
    assert.match(log.text!, /\| agent: bigv_powerServers \| Starting staging\.web\.demo \| done \| undone since$/m);
  });
});
