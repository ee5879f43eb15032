import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_PROFILE_ID, newProfileId, profileNameProblem, readProfiles, settingsFor, storedProfiles } from '../../src/config/profiles';
import { DEFAULTS } from '../../src/config/settings';

const source = (values: Record<string, unknown>) => ({ get: <T>(key: string) => values[key] as T | undefined });

describe('config: profiles', () => {
  it('with no bigv.profiles there is one profile, the endpoint settings (nothing to migrate)', () => {
    const profiles = readProfiles(source({ apiEndpoint: 'https://api.example', authEndpoint: 'https://auth.example/' }));
    // Named after the host it points at: it is not Bytemark Cloud.
    assert.deepEqual(profiles, [{ id: DEFAULT_PROFILE_ID, name: 'api.example', apiEndpoint: 'https://api.example', authEndpoint: 'https://auth.example' }]);
    assert.deepEqual(readProfiles(source({})), [{ id: 'default', name: 'Bytemark Cloud', apiEndpoint: DEFAULTS.apiEndpoint, authEndpoint: DEFAULTS.authEndpoint }]);
    assert.equal(readProfiles(source({ apiEndpoint: 'http://127.0.0.1:4567' }))[0]!.name, '127.0.0.1:4567');
  });

  it('the default keeps the endpoint settings even when listed; its entry only names it', () => {
    const profiles = readProfiles(source({
      apiEndpoint: 'https://api.example',
      profiles: [{ id: 'default', name: 'Work', apiEndpoint: 'https://ignored.example' }, { id: 'agency', name: 'Agency', apiEndpoint: 'https://a.example', authEndpoint: 'https://auth.a.example' }],
    }));
    assert.deepEqual(profiles.map((p) => [p.id, p.name, p.apiEndpoint]), [['default', 'Work', 'https://api.example'], ['agency', 'Agency', 'https://a.example']]);
  });

  it('a bad entry is skipped with a warning naming it; the others still load', () => {
    const warnings: string[] = [];
    const profiles = readProfiles(source({
      profiles: [
        { id: 'Bad Id', name: 'x', apiEndpoint: 'https://a', authEndpoint: 'https://a' },
        { id: 'ok', name: 'OK', apiEndpoint: 'https://a', authEndpoint: 'https://a' },
        { id: 'ok', name: 'Again', apiEndpoint: 'https://a', authEndpoint: 'https://a' },
        { id: 'same-name', name: 'ok', apiEndpoint: 'https://a', authEndpoint: 'https://a' },
        { id: 'no-auth', name: 'No auth', apiEndpoint: 'https://a' },
        'text',
      ],
    }), (w) => warnings.push(w));
    assert.deepEqual(profiles.map((p) => p.id), ['default', 'ok']);
    assert.equal(warnings.length, 5);
    assert.match(warnings[0]!, /bigv\.profiles\[0\]: needs an "id"/);
    assert.match(warnings[2]!, /bigv\.profiles\[3\]: needs a "name" no other profile has/);
    assert.deepEqual(readProfiles(source({ profiles: { id: 'x' } }), (w) => warnings.push(w)).length, 1);
    assert.match(warnings.at(-1)!, /must be a list/);
  });

  it('a profile\'s settings are the shared ones with its own endpoints, checked like the settings', () => {
    const cfg = source({ pollIntervalSeconds: 7, apiEndpoint: 'https://default.example' });
    const s = settingsFor({ id: 'a', name: 'A', apiEndpoint: 'https://a.example/', authEndpoint: 'https://auth.a.example' }, cfg);
    assert.equal(s.apiEndpoint, 'https://a.example');
    assert.equal(s.authEndpoint, 'https://auth.a.example');
    assert.equal(s.pollIntervalSeconds, 7);
    const warnings: string[] = [];
    const bad = settingsFor({ id: 'b', name: 'B', apiEndpoint: 'https://user:secret@b.example', authEndpoint: 'https://b.example' }, cfg, (w) => warnings.push(w));
    assert.ok(bad.problems?.length);
    assert.match(warnings[0]!, /^Profile "B" apiEndpoint/);
    assert.ok(!warnings.join().includes('secret'), 'no credential in the warning');
    assert.equal(settingsFor({ id: 'default', name: 'x', apiEndpoint: 'https://other', authEndpoint: 'https://other' }, cfg).apiEndpoint, 'https://default.example');
  });

  it('stored back: the default carries only its name', () => {
    assert.deepEqual(storedProfiles([
      { id: 'default', name: 'Work', apiEndpoint: 'https://x', authEndpoint: 'https://y' },
      { id: 'a', name: 'A', apiEndpoint: 'https://a', authEndpoint: 'https://b' },
    ]), [{ id: 'default', name: 'Work' }, { id: 'a', name: 'A', apiEndpoint: 'https://a', authEndpoint: 'https://b' }]);
    // An automatic name is not written down, so it follows a later change of the endpoint setting.
    assert.deepEqual(storedProfiles([{ id: 'default', name: 'x.example', apiEndpoint: 'https://x.example', authEndpoint: 'https://y' }]), []);
    assert.deepEqual(storedProfiles([{ id: 'default', name: 'Bytemark Cloud', apiEndpoint: DEFAULTS.apiEndpoint, authEndpoint: DEFAULTS.authEndpoint }]), []);
  });

  it('names: empty, too long, control characters and (case-insensitively) taken are refused', () => {
    assert.equal(profileNameProblem('  ', []), 'empty');
    assert.equal(profileNameProblem('x'.repeat(61), []), 'too-long');
    assert.equal(profileNameProblem('a\nb', []), 'control');
    assert.equal(profileNameProblem('agency', ['Agency']), 'taken');
    assert.equal(profileNameProblem('Agency 2', ['Agency']), undefined);
  });

  it('a new id is valid, unused, never "default", and read back as given', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.array(fc.string({ maxLength: 12 }), { maxLength: 5 }), (name, taken) => {
        const all = [...taken, 'default'];
        const id = newProfileId(name, all);
        assert.match(id, /^[a-z0-9][a-z0-9-]{0,39}$/);
        assert.ok(!all.includes(id));
        const read = readProfiles(source({ profiles: [{ id, name: 'N', apiEndpoint: 'https://a', authEndpoint: 'https://a' }] }));
        assert.equal(read[1]?.id, id);
      }),
      { seed: 12, numRuns: 500 },
    );
    assert.equal(newProfileId('Acme Ltd.', []), 'acme-ltd');
    assert.equal(newProfileId('Acme Ltd', ['acme-ltd']), 'acme-ltd-2');
    assert.equal(newProfileId('Default', []), 'profile-default');
  });
});
