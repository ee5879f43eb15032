import * as assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Scenario } from '../harness/env';
import { scenarioHooks } from '../harness/hooks';

describe('reimage with typed confirmation', function () {
  let s: Scenario;
  scenarioHooks('03-reimage', (x) => (s = x), { signIn: {} });

  it('refuses a wrong name, then reimages after the name is typed, and shows the generated password', async function () {
    const { wb } = s;
    const { sim } = s.backends;
    const pubKey = (await readFile(`${s.backends.console.keyPath}.pub`, 'utf8')).trim();

    await wb.contextMenu('web1', 'Reimage Server…');
    // Running: the command asks how to power it off first.
    await wb.waitForDialog(/web1\.web\.demo is powered on/);
    await wb.clickDialogButton('Stop First');

    await wb.waitForQuickInput(/Reimage web1\.web\.demo \(1\/5\)/);
    await wb.pickItem('buster', { filter: 'buster' });

    await wb.waitForQuickInput(/\(2\/5\): root password/);
    await wb.pickItem('Generate a strong password');

    await wb.waitForQuickInput(/\(3\/5\): SSH keys/);
    await wb.pickItem('Paste a key');
    await wb.answerInput(/Paste the public key/, pubKey, 'ssh-key');

    await wb.waitForQuickInput(/\(4\/5\): first-boot script/);
    await wb.pickItem('No first-boot script');

    await wb.waitForQuickInput(/\(5\/5\): confirm/);
    await wb.quickInputBox().fill('web2');
    await wb.waitForQuickInput(/Type web1 exactly to confirm/);
    await wb.shot('wrong-name-refused');
    await wb.page.keyboard.press('Enter');
    // A wrong name keeps the box open and nothing has been sent.
    await wb.waitForQuickInput(/\(5\/5\): confirm/);
    assert.equal(sim.state.findServer('demo', 'web', 'web1')?.lastReimage, undefined);

    await wb.quickInputBox().fill('web1');
    await wb.page.keyboard.press('Enter');

    const dialog = await wb.waitForDialog(/Root password: [A-Za-z0-9]{24}/, { timeoutMs: 40_000 });
    const password = /Root password: ([A-Za-z0-9]{24})/.exec(dialog)?.[1];
    assert.ok(password, 'the generated password is shown');
    assert.match(dialog, /only time it is shown/);

    const server = sim.state.findServer('demo', 'web', 'web1');
    assert.ok(server?.lastReimage, 'the simulator received the reimage');
    assert.equal(server.lastReimage.distribution, 'buster');
    assert.equal(server.lastReimage.ssh_public_key?.trim(), pubKey);
    assert.ok(!JSON.stringify(sim.requests).includes(password), 'the password is not in the request log');
    await wb.clickDialogButton('Copy Password');
    const copied = await wb.page.evaluate('navigator.clipboard.readText()');
    assert.equal(copied, password, 'Copy Password put the password on the clipboard');

    // The server goes off, is reimaged, and comes back with the new image.
    await wb.waitForRowIcon('web1', /codicon-vm-running/, { timeoutMs: 40_000 });
    await wb.until('the new image to be recorded', async () => sim.state.findServer('demo', 'web', 'web1')?.last_imaged_with === 'buster');
    await wb.shot('reimaged');
  });
});
