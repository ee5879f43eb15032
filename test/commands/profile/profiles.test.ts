import assert from 'node:assert/strict';
import { addProfile } from '../../../src/commands/profile/addProfile';
import { removeProfile } from '../../../src/commands/profile/removeProfile';
import { renameProfile } from '../../../src/commands/profile/renameProfile';
import { useCommandRig } from '../../support/commandHarness';
import { MemoryProfiles } from '../../support/memoryProfiles';

const agency = { id: 'agency', name: 'Agency', apiEndpoint: 'https://a.example', authEndpoint: 'https://auth.a.example', username: 'alice' };

describe('commands: addProfile, renameProfile, removeProfile', () => {
  const { rig } = useCommandRig();

  it('Add Profile: name, API and auth endpoints (checked as typed), then Sign In offered', async () => {
    const profiles = new MemoryProfiles();
    const r = await rig({ profiles });
    r.ui.script('input', 'Client X', 'https://api.x.example/', 'https://auth.x.example');
    r.ui.script('notify', 'Sign In');
    const added = await addProfile(r.ctx);
    assert.deepEqual(profiles.calls, ['add client-x Client X https://api.x.example https://auth.x.example', 'sign in client-x']);
    assert.equal((added as { name: string }).name, 'Client X');
    const [name, api] = r.ui.of('input');
    assert.equal(name!.opts.validate!('bytemark cloud'), 'Another profile already has this name.');
    assert.equal(name!.opts.validate!(''), 'Give the profile a name.');
    assert.match(api!.opts.validate!('http://api.x.example') ?? '', /cannot be used/);
    assert.match(api!.opts.validate!('https://u:pw@api.x.example') ?? '', /cannot be used/);
    assert.ok(!(api!.opts.validate!('https://u:pw@api.x.example') ?? '').includes('pw'), 'no password echoed');
    assert.deepEqual(r.ui.of('input').map((c) => c.opts.step?.index), [1, 2, 3]);
    // Another cluster's API: its auth endpoint is not pre-filled with the first profile's.
    assert.equal(r.ui.of('input')[2]!.opts.value, '');
  });

  it('Add Profile: the auth endpoint offered goes with the API typed (a known profile\'s, or Bytemark\'s)', async () => {
    const profiles = new MemoryProfiles('demo', [agency]);
    const r = await rig({ profiles });
    r.ui.script('input', 'Agency 2', 'https://a.example', (c) => (c.kind === 'input' ? c.opts.value : undefined));
    await addProfile(r.ctx);
    assert.equal(r.ui.of('input')[2]!.opts.value, 'https://auth.a.example');
    assert.match(profiles.calls[0]!, /^add agency-2 Agency 2 https:\/\/a\.example https:\/\/auth\.a\.example$/);
  });

  it('Add Profile: Back returns to the name with what was typed; Escape adds nothing', async () => {
    const profiles = new MemoryProfiles();
    const r = await rig({ profiles });
    r.ui.script('input', 'First', 'back', (call) => (call.kind === 'input' ? `${call.opts.value} Name` : undefined), 'https://api.x.example', undefined);
    assert.equal(await addProfile(r.ctx), undefined);
    assert.equal(r.ui.of('input')[2]!.opts.value, 'First');
    assert.deepEqual(profiles.calls, []);
  });

  it('Rename Profile: from its row, the new name is checked against the others', async () => {
    const profiles = new MemoryProfiles('demo', [agency]);
    const r = await rig({ profiles });
    r.ui.script('input', 'Agency Ltd');
    assert.equal(await renameProfile(r.ctx, { kind: 'profile', id: 'profile:agency', profileId: 'agency' }), 'Agency Ltd');
    assert.deepEqual(profiles.calls, ['rename agency Agency Ltd']);
    assert.equal(r.ui.of('input')[0]!.opts.validate!('Bytemark Cloud'), 'Another profile already has this name.');
    assert.equal(r.ui.of('input')[0]!.opts.validate!('agency'), undefined, 'its own name, in another case, is fine');
    assert.deepEqual(r.ui.said, ['Renamed the profile to Agency Ltd.']);
  });

  it('Remove Profile: asks first, says who is signed out; from the palette the default is not offered', async () => {
    const profiles = new MemoryProfiles('demo', [agency, { ...agency, id: 'other', name: 'Other', username: undefined }]);
    const r = await rig({ profiles });
    r.ui.pickLabel('Agency');
    r.ui.script('ask', 'Remove');
    assert.equal(await removeProfile(r.ctx), 'agency');
    assert.deepEqual(r.ui.of('pick')[0]!.items.map((i) => i.label), ['Agency', 'Other']);
    assert.match(r.ui.of('ask')[0]!.detail, /signed in to it as alice: this signs you out/);
    assert.deepEqual(profiles.calls, ['remove agency']);

    r.ui.script('ask', undefined);
    assert.equal(await removeProfile(r.ctx, { kind: 'profile', id: 'profile:other', profileId: 'other' }), undefined);
    assert.deepEqual(profiles.calls, ['remove agency'], 'cancelled: nothing removed');
  });

  it('Remove Profile on the default profile explains instead of removing it', async () => {
    const profiles = new MemoryProfiles('demo', [agency]);
    const r = await rig({ profiles });
    assert.equal(await removeProfile(r.ctx, { kind: 'profile', id: 'profile:default', profileId: 'default' }), undefined);
    assert.match(r.ui.said[0]!, /comes from the endpoint settings and cannot be removed/);
    assert.deepEqual(profiles.calls, []);
  });
});
