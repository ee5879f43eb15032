// Profiles: two signed in at once (one simulator, two users), each a root of the tree with its
// own session; signing out of one leaves the other; a profile added, renamed and removed from
// the view. The second profile comes from `bigv.profiles`, as a user's settings would hold it.
import * as assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { Scenario } from '../harness/env';
import { DEMO_PASSWORD } from '../harness/flows';
import { scenarioHooks } from '../harness/hooks';

describe('profiles: several clusters or users at once', function () {
  let s: Scenario;
  scenarioHooks('16-profiles', (x) => (s = x), {
    // The endpoint settings' profile is named here (else it would be named after the simulator's host).
    settings: (b) => ({ 'bigv.profiles': [{ id: 'default', name: 'Bytemark Cloud' }, { id: 'client', name: 'Client', apiEndpoint: b.sim.url, authEndpoint: b.sim.url }] }),
  });

  /** Whether a profile's last-known tree is in the extension's global storage. */
  async function hasLastKnownTree(profileId: string): Promise<boolean> {
    const files = await readdir(s.codeServer.userDataDir, { recursive: true });
    return files.some((f) => path.basename(f) === `last-known-${profileId}.json`);
  }

  async function signInAs(username: string): Promise<void> {
    await s.wb.answerInput(/Username/i, username, `username-${username}`);
    await s.wb.answerInput(new RegExp(`Password for ${username}`, 'i'), DEMO_PASSWORD, `password-${username}`);
  }

  it('each profile is a root, signed out; clicking one signs in to it alone', async function () {
    const { wb } = s;
    await wb.openBigvView();
    await wb.waitForRow('Bytemark Cloud');
    await wb.waitForRow('Client');
    assert.match(await wb.rowDescription('Client'), /signed out/);
    // Let the view settle: a click on a row being redrawn is lost.
    await wb.page.waitForTimeout(1000);
    await wb.row('Bytemark Cloud').click();
    await signInAs('demo');
    await wb.waitForRow('web1', { timeoutMs: 30_000 });
    await wb.waitForRowDescription('Bytemark Cloud', /^demo$/);
    assert.match(await wb.rowDescription('Client'), /signed out/, 'the other profile is still signed out');
  });

  it('Sign In from the palette goes to the signed-out profile; both trees show, ids kept apart', async function () {
    const { wb } = s;
    await wb.runCommand('BigV: Sign In');
    await signInAs('viewer');
    await wb.waitForRowDescription('Client', /^viewer$/, { timeoutMs: 30_000 });
    await wb.waitForStatusBar(/Bytemark Cloud: demo, Client: viewer/);
    await wb.shot('two-profiles');
    // The filter narrows both profiles' trees: web1 is in the demo account, which both users see.
    await wb.runCommand('BigV: Filter Servers…');
    await wb.pickItem('Name, hostname or IP address');
    await wb.answerInput(/Part of a name, hostname or IP address/, 'web1', 'filter');
    await wb.until('web1 under both profiles', async () => (await wb.rows('web1').count()) === 2);
    const labels = await wb.rowLabels();
    assert.deepEqual(labels.filter((l) => /^(Bytemark Cloud|Client|web1)$/.test(l)), ['Bytemark Cloud', 'web1', 'Client', 'web1'], labels.join(', '));
    await wb.shot('two-profiles-filtered');
  });

  it('an action from one profile\'s row uses that profile\'s session (viewer may not stop)', async function () {
    const { wb } = s;
    const entries = await wb.contextMenuEntries('web1', 1);
    assert.ok(!entries.includes('Stop Server (Power Off)'), `viewer's web1 offers no Stop: ${entries.join(', ')}`);
    const demoEntries = await wb.contextMenuEntries('web1', 0);
    assert.ok(demoEntries.includes('Stop Server (Power Off)'), `demo's web1 offers Stop: ${demoEntries.join(', ')}`);
  });

  it('Go to Server searches both profiles at once, then reveals the server under its own (lifting the filter)', async function () {
    const { wb } = s;
    await wb.runCommand('BigV: Go to Server…');
    // Both profiles' db2 are offered, each naming its profile: the one of Client is picked.
    await wb.pickItem('Client', { filter: 'db2' });
    // The filter is lifted, so both profiles' db2 show; the second (Client's) is the one selected.
    await wb.until('Client\'s db2 to be selected', async () => (await (await wb.waitForRow('db2', { nth: 1 })).getAttribute('aria-selected')) === 'true');
    assert.notEqual(await wb.row('db2', 0).getAttribute('aria-selected'), 'true', 'not Bytemark Cloud\'s');
    const labels = await wb.rowLabels();
    assert.ok(labels.lastIndexOf('db2') > labels.indexOf('Client'), labels.join(', '));
    await wb.shot('go-to-server-profile');
  });

  it('signing out of one leaves the other signed in, also after a reload', async function () {
    const { wb } = s;
    await wb.contextMenu('Client', 'Sign Out');
    await wb.waitForRowDescription('Client', /signed out/);
    await wb.until('one db2 left', async () => (await wb.rows('db2').count()) === 1);
    await wb.waitForRowDescription('Bytemark Cloud', /^demo$/);
    await wb.page.reload();
    await wb.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await wb.openBigvView();
    await wb.waitForRow('web1', { timeoutMs: 30_000 });
    assert.match(await wb.rowDescription('Client'), /signed out/);
    await wb.shot('one-signed-out');
    // The status bar's entry: who is signed in where, and a click offers the way back in.
    await wb.page.locator('.part.statusbar .statusbar-item', { hasText: 'Bytemark Cloud: demo' }).first().click();
    const items = await wb.quickPickItems();
    assert.ok(items.some((i) => /Sign Out of Bytemark Cloud/.test(i)) && items.some((i) => /Sign In to Client/.test(i)), items.join(' | '));
    await wb.page.keyboard.press('Escape');
  });

  it('Add Profile from the view\'s menu, sign in with it, rename it, remove it', async function () {
    const { wb } = s;
    await wb.runCommand('BigV: Add Profile…');
    await wb.answerInput(/A name for the profile/, 'Agency', 'profile-name');
    await wb.answerInput(/API endpoint/, s.backends.sim.url, 'profile-api');
    await wb.answerInput(/authentication endpoint/, s.backends.sim.url, 'profile-auth');
    await wb.waitForRow('Agency');
    await wb.clickNotificationButton(/Added the profile Agency/, 'Sign In');
    await signInAs('demo');
    await wb.waitForRowDescription('Agency', /^demo$/, { timeoutMs: 30_000 });
    await wb.contextMenu('Agency', 'Rename Profile…');
    await wb.answerInput(/New name for the profile/, 'Agency Ltd', 'profile-rename');
    await wb.waitForRow('Agency Ltd');
    await wb.waitForRowDescription('Agency Ltd', /^demo$/);
    const menu = await wb.contextMenuEntries('Bytemark Cloud');
    assert.ok(!menu.includes('Remove Profile…'), 'the settings\' profile cannot be removed');
    await wb.until('Agency\'s last-known tree on disk', () => hasLastKnownTree('agency'), { timeoutMs: 15_000 });
    await wb.contextMenu('Agency Ltd', 'Remove Profile…');
    await wb.waitForDialog(/Remove the profile Agency Ltd\?/);
    await wb.clickDialogButton('Remove');
    await wb.waitForNoRow('Agency Ltd');
    await wb.waitForRowDescription('Bytemark Cloud', /^demo$/);
    assert.equal(await hasLastKnownTree('agency'), false, 'its last-known tree went with it');
    await wb.shot('profile-removed');
  });

  it('editing a profile\'s API endpoint in settings signs it out, says why, and sends its token nowhere new', async function () {
    const { wb } = s;
    await wb.openBigvView();
    await wb.waitForRow('Client');
    await wb.page.waitForTimeout(1000); // a click on a row being redrawn is lost
    await wb.row('Client').click();
    await signInAs('viewer');
    await wb.waitForRowDescription('Client', /^viewer$/, { timeoutMs: 30_000 });
    const file = path.join(s.codeServer.userDataDir, 'User', 'settings.json');
    const settings = JSON.parse(await readFile(file, 'utf8')) as { 'bigv.profiles': Array<{ id: string; apiEndpoint?: string }> };
    // Another host (nothing listens there): the token must not be offered to it.
    for (const p of settings['bigv.profiles']) if (p.id === 'client') p.apiEndpoint = 'http://127.0.0.1:9';
    // Edited as a user would, in VS Code's own editor (it does not see a file written behind its back here).
    await wb.runCommand('Preferences: Open User Settings (JSON)');
    await wb.page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await wb.page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(JSON.stringify(settings, null, 2))})`);
    await wb.page.keyboard.press('ControlOrMeta+A');
    await wb.page.keyboard.press('ControlOrMeta+V');
    await wb.page.keyboard.press('ControlOrMeta+S');
    await wb.waitForNotification(/endpoint settings changed/i, { timeoutMs: 20_000 });
    await wb.page.keyboard.press('Escape'); // the settings editor
    await wb.waitForRowDescription('Client', /signed out/);
    await wb.waitForRowDescription('Bytemark Cloud', /^demo$/);
    await wb.shot('endpoint-changed');
  });
});
