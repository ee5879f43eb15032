// Issue 10 in the real workbench: create a server through the whole wizard (with Back), resize
// a running server through "Shut Down, Resize and Start", rename, move, CD-ROM attach/eject, and
// add/rename/delete a group; each checked on screen and in the simulator.
import * as assert from 'node:assert/strict';
import type { Scenario } from '../harness/env';
import { scenarioHooks } from '../harness/hooks';

const ISO = 'https://cdimage.example.org/rescue-12.iso';

describe('create, change and organise servers', function () {
  let s: Scenario;
  scenarioHooks('14-manage-servers', (x) => (s = x), { signIn: {} });
  const sim = () => s.backends.sim.state;

  it('Create Server… from a group: nine steps with a counter, Back keeps the choices, one vm_create, Creating… then up', async function () {
    const { wb } = s;
    await wb.until('the view\'s + for an administrator', async () => (await wb.titleActionCount('Create Server')) > 0);
    await wb.contextMenu('web', 'Create Server…');
    await wb.waitForQuickInput(/account and group \(1\/9\)/);
    // Pre-filled with the group it was started on: Enter takes it.
    assert.match((await wb.quickPickItems())[0] ?? '', /^web\s*demo/);
    await wb.page.keyboard.press('Enter');
    await wb.waitForQuickInput(/name \(2\/9\)/);
    await wb.quickInputBox().fill('Web3');
    await wb.waitForQuickInput(/Use lower-case letters: web3/);
    await wb.quickInputBox().fill('web1');
    await wb.waitForQuickInput(/already has something called web1/);
    await wb.shot('name-taken');
    // Back to step 1 and forward again.
    await wb.quickInputWidget().locator('.action-label[aria-label="Back"], .codicon-quick-input-back').first().click();
    await wb.waitForQuickInput(/account and group \(1\/9\)/);
    await wb.page.keyboard.press('Enter');
    await wb.answerInput(/name \(2\/9\)/, 'web3', 'name');
    await wb.waitForQuickInput(/zone \(3\/9\)/);
    await wb.pickItem('york');
    await wb.waitForQuickInput(/cores and memory \(4\/9\)/);
    await wb.pickItem('2 vCPU · 4 GiB');
    await wb.waitForQuickInput(/discs \(5\/9\)/);
    await wb.pickItem('Standard SSD');
    await wb.answerInput(/Size of the root disc/, '25', 'root-size');
    await wb.waitForQuickInput(/Continue with 1 disc/);
    await wb.pickItem('Continue with 1 disc');
    await wb.waitForQuickInput(/operating system \(6\/9\)/);
    await wb.pickItem('Debian 10', { filter: 'buster' });
    await wb.waitForQuickInput(/root password \(7\/9\)/);
    await wb.pickItem('Generate a strong password');
    await wb.waitForQuickInput(/SSH keys for root \(7\/9\)/);
    await wb.pickItem('No key');
    await wb.waitForQuickInput(/start \(8\/9\)/);
    await wb.pickItem('Start it when it is ready');
    await wb.waitForQuickInput(/summary \(9\/9\)/);
    // The rarer options (issue 20) wait behind one line, at their defaults.
    assert.ok((await wb.quickPickItems()).some((i) => /More options.*at their defaults: first-boot script, backups, hardware profile/.test(i)), (await wb.quickPickItems()).join(' | '));
    await wb.shot('wizard-summary');
    assert.equal(sim().findServer('demo', 'web', 'web3'), undefined, 'nothing is sent before the summary');
    await wb.pickItem('Create web3.web.demo');

    const dialog = await wb.waitForDialog(/Root password: [A-Za-z0-9]{24}/);
    assert.match(dialog, /web3\.web\.demo is being created with Debian 10 \(64 bit\)/);
    assert.match(await wb.rowDescription('web3'), /Creating/);
    await wb.clickDialogButton('Close');
    const note = await wb.waitForNotification(/web3\.web\.demo is up/, { timeoutMs: 30_000 });
    assert.match(note, /Open Serial Console/);
    await wb.clickNotificationButton(/web3\.web\.demo is up/, 'Copy IP Address');
    const server = sim().findServer('demo', 'web', 'web3')!;
    assert.deepEqual([server.cores, server.memory, server.power_on, server.zone_name], [2, 4096, true, 'york']);
    assert.equal(server.lastReimage?.distribution, 'buster');
    assert.equal(s.backends.sim.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/vm_create')).length, 1);
    const copied = String(await wb.page.evaluate('navigator.clipboard.readText()'));
    assert.match(copied, /^\d+\.\d+\.\d+\.\d+$/);
    await wb.waitForRowIcon('web3', /codicon-vm-running/);
    await wb.shot('created');
  });

  it('Resize… a running server to less: Shut Down, Resize and Start as one action', async function () {
    const { wb } = s;
    await wb.clearNotifications();
    await wb.contextMenu('web1', 'Resize…');
    await wb.waitForQuickInput(/Resize web1\.web\.demo: now 2 vCPU · 2 GiB/);
    await wb.pickItem('1 vCPU · 1 GiB');
    await wb.waitForDialog(/must be powered off to get fewer cores/);
    await wb.clickDialogButton('Shut Down, Resize and Start');
    await wb.waitForRowDescription('web1', /Resizing/);
    await wb.waitForStatusBar(/Resized web1\.web\.demo to 1 vCPU · 1 GiB/, { timeoutMs: 40_000 });
    const server = sim().findServer('demo', 'web', 'web1')!;
    assert.deepEqual([server.cores, server.memory, server.power_on], [1, 1024, true]);
    assert.equal(server.signals.at(-1)?.signal, 'powerdown');
    await wb.waitForRowDescription('web1', /1 vCPU · 1 GiB/);
  });

  it('Rename…, Move to Group…, Attach and Eject CD-ROM', async function () {
    const { wb } = s;
    await wb.contextMenu('web2', 'Rename…');
    await wb.answerInput(/New name/, 'web4', 'rename');
    await wb.waitForRow('web4');
    await wb.waitForNoRow('web2');
    assert.ok(sim().findServer('demo', 'web', 'web4'));

    await wb.contextMenu('staging', 'Move to Group…');
    await wb.waitForQuickInput(/Move staging\.web\.demo/);
    await wb.pickItem('db');
    await wb.until('staging to be in db', async () => sim().findServer('demo', 'db', 'staging'));
    await wb.waitForRow('staging');

    const before = await wb.contextMenuEntries('web4');
    assert.ok(!before.includes('Eject CD-ROM'), 'no CD: no Eject');
    await wb.contextMenu('web4', 'Attach CD-ROM…');
    await wb.quickInputBox().waitFor();
    await wb.quickInputBox().fill('ftp://example.org/x.iso');
    await wb.waitForQuickInput(/http or https only/);
    await wb.answerInput(/Attach CD-ROM to web4\.web\.demo/, ISO, 'cdrom-url');
    await wb.until('the CD to be attached', async () => sim().findServer('demo', 'web', 'web4')?.cdrom_url === ISO);
    await wb.until('Eject to be offered', async () => (await wb.contextMenuEntries('web4')).includes('Eject CD-ROM'));
    await wb.contextMenu('web4', 'Eject CD-ROM');
    await wb.until('the CD to be ejected', async () => sim().findServer('demo', 'web', 'web4')?.cdrom_url === null);
  });

  it('Add Group…, Rename Group…, Delete Group…', async function () {
    const { wb } = s;
    await wb.contextMenu('demo', 'Add Group…');
    await wb.answerInput(/Name of the new group/, 'batch', 'group-name');
    await wb.waitForRow('batch');
    await wb.contextMenu('batch', 'Rename Group…');
    await wb.answerInput(/New name for the group/, 'jobs', 'group-rename');
    await wb.waitForRow('jobs');
    await wb.contextMenu('db', 'Delete Group…');
    await wb.waitForDialog(/db\.demo holds 4 servers/);
    await wb.page.keyboard.press('Escape');
    await wb.contextMenu('jobs', 'Delete Group…');
    await wb.waitForDialog(/Delete group jobs\.demo\?/);
    await wb.clickDialogButton('Delete Group');
    await wb.waitForNoRow('jobs');
    const names = [...(s.backends.sim.state as unknown as { groups: Map<number, { name: string }> }).groups.values()].map((g) => g.name);
    assert.ok(!names.includes('jobs') && !names.includes('batch'));
    // An account's default group can be neither renamed nor deleted: not offered.
    const fixed = await wb.contextMenuEntries('default');
    assert.ok(fixed.includes('Create Server…') && !fixed.some((e) => /Rename Group|Delete Group/.test(e)), fixed.join(', '));
  });

  it('from the palette: Keymap… picks the server, then the keymap', async function () {
    const { wb } = s;
    await wb.runCommand('BigV: Keymap…');
    await wb.pickItem('web4', { filter: 'web4' });
    await wb.pickItem('British English', { filter: 'en-gb' });
    await wb.until('the keymap to change', async () => sim().findServer('demo', 'web', 'web4')?.keymap === 'en-gb');
  });
});
