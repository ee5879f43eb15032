import * as assert from 'node:assert/strict';
import type { Scenario } from '../harness/env';
import { scenarioHooks } from '../harness/hooks';

describe('delete, show deleted, restore and purge', function () {
  let s: Scenario;
  const find = (group: string, name: string) => s.backends.sim.state.findServer('demo', group, name);
  scenarioHooks('04-delete-restore-purge', (x) => (s = x), { signIn: {}, firstRow: 'staging' });

  it('Delete asks first, then the server leaves the tree and is deleted in the simulator', async function () {
    const { wb } = s;
    await wb.contextMenu('staging', 'Delete Server');
    const text = await wb.waitForDialog(/Delete staging\.web\.demo\?/);
    assert.match(text, /can be restored for a limited time/);
    await wb.clickDialogButton('Delete');
    await wb.waitForNotification(/Deleted staging\.web\.demo/);
    await wb.waitForNoRow('staging');
    assert.equal(find('web', 'staging')?.deleted, true);
  });

  it('Show Deleted lists deleted servers with their own icon', async function () {
    const { wb } = s;
    await wb.clearNotifications();
    await wb.runCommand('BigV: Show Deleted Servers');
    await wb.waitForRow('staging');
    await wb.waitForRow('db-old');
    assert.match(await wb.rowIconClass('staging'), /codicon-trash/);
    assert.match(await wb.rowDescription('db-old'), /Deleted/);
    const entries = await wb.contextMenuEntries('staging');
    assert.ok(entries.includes('Restore Server'), `menu of a deleted server: ${entries.join(', ')}`);
    assert.ok(!entries.includes('Stop Server (Power Off)'));
  });

  it('Restore brings it back, powered off', async function () {
    const { wb } = s;
    await wb.contextMenu('staging', 'Restore Server');
    await wb.waitForNotification(/Restored staging\.web\.demo/);
    await wb.waitForRowIcon('staging', /codicon-vm-outline/);
    const server = find('web', 'staging');
    assert.equal(server?.deleted, false);
    assert.equal(server?.power_on, false);
  });

  it('Purge needs the name typed and removes the server for good', async function () {
    const { wb } = s;
    const before = s.backends.sim.state.servers().length;
    await wb.contextMenu('db-old', 'Purge Server…');
    await wb.waitForQuickInput(/Purge db-old\.db\.demo/);
    await wb.quickInputBox().fill('db-ol');
    await wb.waitForQuickInput(/Type db-old exactly/);
    await wb.quickInputBox().fill('db-old');
    await wb.shot('purge-typed');
    await wb.page.keyboard.press('Enter');
    await wb.waitForNotification(/Purged db-old\.db\.demo/);
    await wb.waitForNoRow('db-old');
    assert.equal(find('db', 'db-old'), undefined);
    assert.equal(s.backends.sim.state.servers().length, before - 1);
  });

  it('Hide Deleted hides them again', async function () {
    const { wb } = s;
    // Delete web2 so there is a deleted server to hide.
    await wb.contextMenu('web2', 'Delete Server');
    await wb.waitForDialog(/Delete web2/);
    await wb.clickDialogButton('Delete');
    await wb.waitForRowIcon('web2', /codicon-trash/);
    await wb.runCommand('BigV: Hide Deleted Servers');
    await wb.waitForNoRow('web2');
    assert.equal(find('web', 'web2')?.deleted, true);
  });
});
