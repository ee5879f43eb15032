// Issue 20, API keys: Create API Key… (label, expiry, a privilege tied to it), the secret shown
// once with Copy and kept nowhere unless the person signs in with it here; Delete asks.
import assert from 'node:assert/strict';
import type { State } from '../../simulator/state';
import fc from 'fast-check';
import { createApiKey, labelProblem } from '../../../src/commands/access/createApiKey';
import { deleteApiKey } from '../../../src/commands/access/deleteApiKey';
import { apiKeyState, expiryTime, typedExpiry } from '../../../src/model/apiKeys';
import { useCommandRig, type CommandRig } from '../../support/commandHarness';
import { labelled } from '../server/manage';
import { assertNoWrites, assertSaid } from '../server/power';

describe('command: API keys', () => {
  const { h, rig } = useCommandRig();
  const keys = () => [...h.sim.state.people.apiKeys.values()];
  const secretShown = (r: CommandRig) => {
    const ask = r.ui.of('ask').find((a) => /is ready/.test(a.message))!;
    return /apikey\.[0-9a-f]+/.exec(ask.detail)![0];
  };

  it('a key for CI: 30 days, group administrator on web.demo tied to it; the secret shown once, copied, never logged', async () => {
    const r = await rig();
    r.ui.script('input', 'github-deploy').script('pick', labelled('In 30 days'), labelled('On a server, group or account'), labelled('web.demo')).script('ask', 'Copy');
    assert.equal(await createApiKey(r.ctx), true);
    const k = keys().find((x) => x.label === 'github-deploy')!;
    assert.ok(k, 'made');
    const days = (Date.parse(String(k.expires_at)) - Date.now()) / 86_400_000;
    assert.ok(days > 29 && days <= 31, `expires in ${days} days`);
    const web = (h.sim.state as State).groupByRef((h.sim.state as State).accountByRef('demo')!, 'web')!;
    assert.ok([...h.sim.state.people.privileges.values()].some((p) => p.api_key_id === k.id && p.group_id === web.id && p.level === 'group_admin'));
    const secret = secretShown(r);
    assert.equal(secret, `apikey.${k.api_key}`);
    assert.deepEqual(r.ui.calls.filter((c) => c.kind === 'copy'), [{ kind: 'copy', text: secret }]);
    assertSaid(r, /Copied API key github-deploy/);
    const everythingSaid = [...r.log, ...r.ui.said, ...r.ui.calls.filter((c) => c.kind !== 'ask' && c.kind !== 'copy').map((c) => JSON.stringify(c))].join('\n');
    assert.ok(!everythingSaid.includes(String(k.api_key)), 'the secret is only in the one dialog and the clipboard');
  });

  it('Sign In with It Here: this profile now acts with the key (and its privileges), stored as an API-key sign-in', async () => {
    const r = await rig();
    r.ui.script('input', 'here').script('pick', labelled('Never'), labelled('Nothing yet')).script('ask', 'Sign In with It Here');
    assert.equal(await createApiKey(r.ctx), true);
    assert.equal(r.session.usesApiKey, true);
    assert.equal(r.session.username, 'demo', 'the key lists its owner\'s keys: whose it is is known');
    assert.equal(keys().find((x) => x.label === 'here')?.expires_at ?? null, null, 'never expires');
    assertSaid(r, /Signed in with API key here/);
  });

  it('Escape anywhere in the steps makes nothing', async () => {
    const r = await rig();
    r.ui.script('input', 'x').script('pick', labelled('In a year'));
    assert.equal(await createApiKey(r.ctx), undefined);
    assertNoWrites(h);
  });

  it('Delete API Key… asks, then the key is gone (and with it its privileges)', async () => {
    const r = await rig();
    const key = (await r.brain.apiKeys.list())[0]!;
    r.ui.script('ask', 'Delete');
    assert.equal(await deleteApiKey(r.ctx, { kind: 'apiKey', key }), true);
    assert.match(r.ui.of('ask')[0]!.message, /Delete API key ci\?/);
    assert.equal(keys().length, 0);
    assert.ok(![...h.sim.state.people.privileges.values()].some((p) => p.api_key_id === key.id));
  });

  it('expiry words: never, a date, expired; a typed date must exist and be after today', () => {
    const now = Date.parse('2026-12-07T12:00:00Z');
    assert.deepEqual(apiKeyState(null, now, 'en-GB'), { expired: false, words: 'never expires' });
    assert.deepEqual(apiKeyState('2027-01-01T00:00:00Z', now, 'en-GB'), { expired: false, words: 'expires 1 Jan 2027' });
    assert.deepEqual(apiKeyState('2026-01-01 00:00:00', now, 'en-GB'), { expired: true, words: 'expired 1 Jan 2026' });
    assert.equal(apiKeyState('soon', now).words, 'expires soon');
    assert.equal(typedExpiry('2027-02-29', now).ok, false);
    assert.equal(typedExpiry('2026-12-01', now).ok, false);
    assert.deepEqual(typedExpiry(' 2027-03-01 ', now), { ok: true, value: '2027-03-01T00:00:00Z' });
  });

  it('property: expiryTime reads back every date it could be given, and no impossible one', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 19);
        assert.equal(expiryTime(`${iso}Z`), Date.parse(`${iso}Z`));
        assert.equal(expiryTime(iso.replace('T', ' ')), Date.parse(`${iso}Z`));
      }),
      { seed: 20_002, numRuns: 500 },
    );
    for (const bad of ['2026-02-30', '2026-13-01', '2026-01-01T24:00:00Z', 'tomorrow', '']) assert.equal(expiryTime(bad), undefined, bad);
    assert.notEqual(labelProblem(''), undefined);
    assert.notEqual(labelProblem('a\nb'), undefined);
    assert.equal(labelProblem('github-deploy'), undefined);
  });
});
