// Issue 20, who may do what, in the real VS Code: Create API Key… from Your Account (the secret in
// one dialog, copied, the key's row with its expiry and privilege), Who Has Access… on a group
// (revoke one), Grant Access… on it; every change read back from the simulator.
import * as assert from 'node:assert/strict';
import type { Scenario } from '../harness/env';
import { scenarioHooks } from '../harness/hooks';
import { accountPane, openAccountPane } from '../harness/flows';

describe('who may do what: API keys and access', function () {
  let s: Scenario;
  scenarioHooks('23-access', (x) => (s = x), { signIn: {} });

  it('Create API Key… for CI: label, expiry, a privilege on web.demo; the secret shown once and copied', async function () {
    const { wb } = s;
    const people = s.backends.sim.state.people;
    await openAccountPane(wb);
    const pane = accountPane(wb);
    // The Servers pane folded away, so Your Account has the room: its last row (API Keys) sat at
    // the pane's edge, where a right-click could find it covered by the next pane's header.
    const serversHeader = wb.serversPane().locator('.pane-header .title').first();
    await serversHeader.click();
    const header = pane.locator('.monaco-list-row', { hasText: 'API Keys' }).first();
    await header.waitFor({ timeout: 15_000 });
    await header.click({ button: 'right' });
    await wb.runMenuEntry('Create API Key…', 'create-api-key-menu');
    await wb.answerInput(/label for the key/, 'github-deploy', 'key-label');
    await wb.waitForQuickInput(/When does it expire/);
    await wb.pickItem('In 90 days');
    await wb.waitForQuickInput(/What may it do/);
    await wb.pickItem('On a server, group or account…');
    await wb.pickItem('web.demo', { filter: 'web.demo' });
    const dialog = await wb.waitForDialog(/API key github-deploy is ready/);
    const key = [...people.apiKeys.values()].find((k) => k.label === 'github-deploy');
    assert.ok(key, 'made on the brain');
    assert.ok(dialog.includes(`apikey.${key.api_key}`), 'the secret is in the one dialog');
    await wb.shot('api-key-secret');
    await wb.clickDialogButton('Copy');
    await wb.waitForStatusBar(/Copied API key github-deploy/);
    assert.ok([...people.privileges.values()].some((p) => p.api_key_id === key.id && p.level === 'group_admin'), 'its privilege, tied to it');
    const row = pane.locator('.monaco-list-row', { hasText: 'github-deploy' }).first();
    await wb.until('the new key in Your Account', async () => {
      if (await row.isVisible()) return true;
      const apiKeys = pane.locator('.monaco-list-row', { hasText: 'API Keys' }).first();
      if ((await apiKeys.getAttribute('aria-expanded')) === 'false') await apiKeys.click();
      return false;
    }, { timeoutMs: 15_000 });
    assert.match(await row.innerText(), /expires /);
    await wb.shot('api-key-row');
    await serversHeader.click();
  });

  it('Who Has Access… on the web group lists ops, with who granted it; revoking it asks and it is gone', async function () {
    const { wb } = s;
    const people = s.backends.sim.state.people;
    await wb.contextMenu('web', 'Who Has Access…');
    await wb.waitForQuickInput(/Who has access to web\.demo/);
    const items = await wb.quickPickItems();
    assert.ok(items.some((i) => /Grant Access/.test(i)), items.join('\n'));
    assert.ok(items.some((i) => /ops.*group_admin.*granted by demo/s.test(i)), items.join('\n'));
    await wb.shot('who-has-access');
    await wb.pickItem('ops');
    await wb.waitForDialog(/Revoke ops's group_admin on web\.demo/);
    await wb.clickDialogButton('Revoke');
    await wb.waitForStatusBar(/Revoked ops's group_admin on web\.demo/);
    assert.ok(![...people.privileges.values()].some((p) => p.username === 'ops' && p.level === 'group_admin'));
  });

  it('Grant Access… on the web group: a username, how it may be used, confirmed; read back', async function () {
    const { wb } = s;
    const people = s.backends.sim.state.people;
    await wb.contextMenu('web', 'Grant Access…');
    await wb.answerInput(/Their Bytemark username/, 'viewer', 'grant-user');
    await wb.waitForQuickInput(/How may it be used/);
    await wb.pickItem('Needs a Yubikey');
    await wb.waitForDialog(/Grant viewer group_admin on web\.demo/);
    await wb.clickDialogButton('Grant');
    await wb.waitForStatusBar(/Granted viewer group_admin on web\.demo/);
    const p = [...people.privileges.values()].find((x) => x.username === 'viewer' && x.level === 'group_admin');
    assert.equal(p?.yubikey_required, true);
  });
});
