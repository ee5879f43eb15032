import * as assert from 'node:assert/strict';
import type { Scenario } from '../harness/env';
import { accountPane, openAccountPane, reveal } from '../harness/flows';
import { scenarioHooks } from '../harness/hooks';
import type { Workbench } from '../harness/workbench';

/** A row of the Servers view whose text (label and description) contains `text`. */
function rowWith(wb: Workbench, text: string | RegExp) {
  return wb.serversPane().locator('.monaco-list-row').filter({ hasText: text }).first();
}

async function menuOnRow(wb: Workbench, row: ReturnType<typeof rowWith>, entry: string, shot: string): Promise<void> {
  await row.waitFor({ timeout: 15_000 });
  await row.click({ button: 'right' });
  await wb.runMenuEntry(entry, shot);
}

/** Collapses a row if it is expanded, so the (virtualised) list keeps later rows on screen. */
async function collapse(wb: Workbench, label: string, nth = 0): Promise<void> {
  const row = await wb.waitForRow(label, { nth });
  if ((await wb.isExpanded(row)) === true) {
    await row.click();
    await wb.until(`${label} to collapse`, async () => (await wb.isExpanded(row)) === false);
  }
}

/** A row's context menu entries, or none when VS Code shows no menu at all (nothing applies). */
async function menuEntries(wb: Workbench, label: string): Promise<string[]> {
  const row = await wb.waitForRow(label);
  await row.click({ button: 'right' });
  const menu = wb.page.locator('.monaco-menu .actions-container').first();
  const shown = await menu.waitFor({ timeout: 2500 }).then(() => true, () => false);
  await wb.shot(`menu-${label}`);
  if (!shown) return [];
  const entries = (await wb.page.locator('.monaco-menu .action-item:not(.disabled) .action-label').allInnerTexts()).map((x) => x.trim()).filter(Boolean);
  await wb.page.keyboard.press('Escape');
  return entries;
}

describe('discs, backups, addresses and SSH keys in the tree', function () {
  let s: Scenario;
  scenarioHooks('15-discs-network-keys', (x) => (s = x), { signIn: {} });

  it('a server expands into Discs and Network; discs with size and grade, backups and schedules, addresses with reverse DNS', async function () {
    const { wb } = s;
    const { sim } = s.backends;
    await reveal(wb, 'demo', 'db', 'db1');
    const before = sim.requests.length;
    await wb.expand('db1');
    await wb.expand('Discs');
    await wb.waitForRow('root');
    assert.match(await wb.rowDescription('root'), /50 GiB · ssd · root/);
    assert.match(await wb.rowDescription('backups'), /500 GiB · archive/);
    await wb.expand('root');
    const requestsSoFar = sim.requests.slice(before);
    assert.deepEqual(requestsSoFar.map((r) => `${r.method} ${r.path}`), [], 'expanding a server and its disc asks nothing');
    await wb.expand('Backups');
    await wb.until('the two seeded backups', async () => (await wb.serversPane().locator('.monaco-list-row', { hasText: /backup-\d+/ }).count()) >= 2);
    await wb.waitForRow('Scheduled: daily').catch(async () => wb.waitForRow('Scheduled: weekly'));
    await wb.expand('Network');
    const vm = sim.state.findServer('demo', 'db', 'db1')!;
    const extra = Object.keys(vm.network_interfaces[0]!.extra_ips);
    await wb.waitForRowDescription(extra[0]!, /db\.demo\.example\.com/);
    await wb.shot('db1-expanded');
    const rdnsReads = sim.requests.slice(before).filter((r) => r.path.startsWith('/ips/'));
    assert.ok(rdnsReads.length >= 3, `one GET per address: ${rdnsReads.length}`);
    await collapse(wb, 'db1');
    await collapse(wb, 'acme');
  });

  it('Add Disc, Resize Disc and Delete Disc on a stopped server', async function () {
    const { wb } = s;
    const { sim } = s.backends;
    await reveal(wb, 'demo', 'web', 'staging');
    await wb.expand('staging');
    await wb.contextMenu('Discs', 'Add Disc…');
    await wb.answerInput(/A label for the disc/, 'data', 'disc-label');
    await wb.pickItem('Premium SSD');
    await wb.answerInput(/Size in GiB/, '30', 'disc-size');
    await wb.waitForNotification(/Added disc data \(30 GiB ssd\)/, { timeoutMs: 20_000 });
    const staging = () => sim.state.findServer('demo', 'web', 'staging')!;
    assert.ok(staging().discs.some((d) => d.label === 'data' && d.size === 30 * 1024 && d.storage_grade === 'ssd'));
    await wb.clearNotifications();
    await wb.expand('Discs');
    await wb.waitForRowDescription('data', /30 GiB · ssd/);
    await wb.shot('disc-added');

    await wb.contextMenu('data', 'Resize Disc…');
    await wb.answerInput(/discs can only grow/, '20', 'resize-too-small');
    await wb.waitForQuickInput(/can only grow: type more than 30 GiB/);
    await wb.shot('resize-refuses-shrink');
    await wb.quickInputBox().fill('40');
    await wb.page.keyboard.press('Enter');
    await wb.waitForNotification(/Resized data of staging\.web\.demo to 40 GiB\. Restart/, { timeoutMs: 20_000 });
    await wb.waitForRowDescription('data', /40 GiB · ssd/);
    await wb.clearNotifications();

    await wb.contextMenu('data', 'Delete Disc');
    await wb.answerInput(/Type data to confirm/, 'data', 'delete-disc-confirm');
    await wb.waitForNotification(/Deleted disc data of staging/, { timeoutMs: 20_000 });
    await wb.waitForNoRow('data');
    assert.ok(!staging().discs.some((d) => d.label === 'data'));
    await wb.clearNotifications();
  });

  it('Back Up Now, then Restore Backup (typing the disc label), and Schedule Backups', async function () {
    const { wb } = s;
    const { sim } = s.backends;
    const disc = () => sim.state.findServer('demo', 'web', 'staging')!.discs[0]!;
    await wb.contextMenu('disc-1', 'Back Up Now');
    await wb.waitForStatusBar(/Backed up disc-1 of staging/);
    assert.equal(disc().backups?.length, 1);
    await wb.expand('disc-1');
    await wb.expand('Backups');
    const label = disc().backups![0]!.label;
    await menuOnRow(wb, rowWith(wb, label), 'Restore Backup', 'restore-menu');
    await wb.answerInput(/replaced by the backup/, 'disc-1', 'restore-confirm');
    await wb.waitForNotification(/Restored disc-1 of staging\.web\.demo/, { timeoutMs: 20_000 });
    assert.ok(disc().lastRestore, 'the simulator restored the disc');
    await wb.clearNotifications();

    await wb.contextMenu('disc-1', 'Schedule Backups…');
    await wb.pickItem('Weekly');
    await wb.answerInput(/First backup: .*London time \((GMT|BST)\)/, '03:30', 'schedule-time');
    await wb.answerInput(/How many of these backups to keep/, '4', 'schedule-keep');
    await wb.waitForStatusBar(/Backups of disc-1 scheduled weekly/);
    await wb.waitForRow('Scheduled: weekly');
    const sch = disc().backup_schedules?.[0];
    assert.equal(sch?.interval_seconds, 604800);
    assert.match(sch?.start_at ?? '', / 03:30:00$/);
    await wb.shot('backup-scheduled');
    await collapse(wb, 'staging');
  });

  it('Add IP Addresses (reason required), then Set Reverse DNS on the new address', async function () {
    const { wb } = s;
    const { sim } = s.backends;
    await reveal(wb, 'demo', 'web', 'web2');
    await wb.expand('web2');
    await wb.contextMenu('Network', 'Add IP Addresses…');
    await wb.answerInput(/How many IPv4 addresses/, '1', 'ip-count');
    await wb.answerInput(/Why are they needed/, 'a second TLS site', 'ip-reason');
    await wb.waitForNotification(/Added .* to web2\.web\.demo/, { timeoutMs: 20_000 });
    const web2 = sim.state.findServer('demo', 'web', 'web2')!;
    const added = Object.keys(web2.network_interfaces[0]!.extra_ips)[0]!;
    assert.ok(added, 'the simulator has the new address');
    await wb.clearNotifications();
    await wb.expand('Network');
    await wb.waitForRow(added);
    await wb.contextMenu(added, 'Set Reverse DNS…');
    await wb.answerInput(/resolves back to/, 'not a host', 'rdns-bad');
    await wb.waitForQuickInput(/Each part between dots|full host name/);
    await wb.quickInputBox().fill('tls.demo.example.com');
    await wb.page.keyboard.press('Enter');
    await wb.waitForRowDescription(added, /tls\.demo\.example\.com/, { timeoutMs: 20_000 });
    assert.equal(sim.state.rdns.get(added), 'tls.demo.example.com');
    await wb.shot('rdns-set');
    await collapse(wb, 'web2');
  });

  it('Your Account lists the SSH keys; Add SSH Key (pasted) and Remove', async function () {
    const { wb } = s;
    const { sim } = s.backends;
    await openAccountPane(wb);
    const pane = accountPane(wb);
    await pane.locator('.monaco-list-row', { hasText: 'SSH Keys' }).waitFor({ timeout: 15_000 });
    await pane.locator('.monaco-list-row', { hasText: 'SHA256:' }).first().waitFor({ timeout: 15_000 });
    await wb.shot('account-view');
    const key = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBLNzOYU3ysGwlxoD4E4xN0zGYSrFqVhOLRMKcALBdna e2e@laptop';
    await wb.runCommand('BigV: Add SSH Key…');
    await wb.pickItem('Paste a key');
    await wb.answerInput(/Paste the public key/, key, 'paste-key');
    await wb.waitForStatusBar(/Added SSH key e2e@laptop/);
    const user = () => sim.state.people.users.get('demo')!;
    assert.match(user().authorized_keys ?? '', /e2e@laptop/);
    const row = pane.locator('.monaco-list-row', { hasText: 'e2e@laptop' }).first();
    await row.waitFor({ timeout: 15_000 });
    await wb.shot('key-added');
    await row.click({ button: 'right' });
    await wb.runMenuEntry('Remove SSH Key…', 'remove-key-menu');
    await wb.waitForDialog(/Remove SSH key e2e@laptop/);
    await wb.clickDialogButton('Remove');
    await wb.until('the key row to go', async () => (await pane.locator('.monaco-list-row', { hasText: 'e2e@laptop' }).count()) === 0);
    assert.doesNotMatch(user().authorized_keys ?? '', /e2e@laptop/);
  });
});

describe('a read-only user sees no write actions', function () {
  let s: Scenario;
  scenarioHooks('15-viewer', (x) => (s = x), { signIn: { username: 'viewer' }, firstRow: 'db1' });

  it('server, disc, backup and address menus offer only what reads', async function () {
    const { wb } = s;
    await wb.until('privileges to be read (write actions gone)', async () => !(await wb.contextMenuEntries('web1')).some((e) => /Stop|Shut Down|Delete/.test(e)));
    const server = await wb.contextMenuEntries('web1');
    assert.ok(server.some((e) => /Copy Hostname/.test(e)), `read actions stay: ${server.join(', ')}`);
    const group = await wb.contextMenuEntries('web');
    assert.deepEqual(group.filter((e) => /Create Server|Rename Group|Delete Group/.test(e)), [], `group menu: ${group.join(', ')}`);
    const account = await wb.contextMenuEntries('demo');
    assert.ok(!account.includes('Add Group…'), `account menu: ${account.join(', ')}`);
    await wb.until('no + in the view title for a read-only user', async () => (await wb.titleActionCount('Create Server')) === 0);
    await wb.expand('db1');
    await wb.expand('Discs');
    const disc = await menuEntries(wb, 'root');
    assert.deepEqual(disc.filter((e) => /Resize|Delete|Back Up|Schedule|Move/.test(e)), [], `disc menu: ${disc.join(', ')}`);
    await wb.expand('Network');
    const vm = s.backends.sim.state.findServer('demo', 'db', 'db1')!;
    const extra = Object.keys(vm.network_interfaces[0]!.extra_ips)[0]!;
    const ip = await menuEntries(wb, extra);
    assert.ok(ip.includes('Copy Address'), `Copy stays: ${ip.join(', ')}`);
    assert.deepEqual(ip.filter((e) => /Reverse DNS|Remove/.test(e)), [], `ip menu: ${ip.join(', ')}`);
    await wb.shot('viewer-no-writes');
  });
});
