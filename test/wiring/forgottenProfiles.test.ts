// Issue 17: a profile edited out of bigv.profiles (in this window, or while VS Code was closed)
// leaves no secret and no last-known tree behind, so adding one with the same id again cannot
// revive its session. Memory secret storage and a real folder; no VS Code.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { namedProfileIds } from '../../src/config/profiles';
import { Estate } from '../../src/estate/estate';
import { profileSecretKeys } from '../../src/session/keys';
import { SessionStore } from '../../src/session/sessionStore';
import { EstateCache } from '../../src/wiring/estateCache';
import { forgetDroppedProfiles } from '../../src/wiring/forgottenProfiles';
import { MemoryState, SharedSecrets } from '../session/fixtures';

describe('profiles gone from bigv.profiles are forgotten', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'bigv-forget-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('deletes every secret and the tree of an id the settings no longer name, at the next activation as well', async () => {
    const secrets = new SharedSecrets();
    const state = new MemoryState();
    const at = { apiEndpoint: 'https://uk0.example', authEndpoint: 'https://auth.example' };
    const cfg = (profiles: unknown) => ({ get: <T>(k: string) => (k === 'profiles' ? profiles : undefined) as T | undefined });
    const both = [{ id: 'client', name: 'Client', ...at }, { id: 'agency', name: 'Agency', ...at }];
    // Activation with both profiles: nothing to forget, and both are now known.
    assert.deepEqual(await forgetDroppedProfiles({ secrets: secrets.view(), state, cacheDir: dir }, namedProfileIds(cfg(both))), []);
    for (const id of ['default', 'client', 'agency']) {
      const store = new SessionStore(secrets.view(), id);
      await store.save(at, { username: 'demo', token: `token-${id}` });
      await store.savePassword(at, 'demo', 'pw');
      await new EstateCache(dir, id, 0).save(at.apiEndpoint, 'demo', new Estate());
    }
    // "agency" edited out (the window closed meanwhile: the same state, a new activation).
    const named = namedProfileIds(cfg([both[0]]));
    assert.deepEqual(await forgetDroppedProfiles({ secrets: secrets.view(), state, cacheDir: dir }, named), ['agency']);
    for (const key of profileSecretKeys('agency')) assert.equal(secrets.map.has(key), false, key);
    for (const key of [...profileSecretKeys('client'), ...profileSecretKeys('default')]) assert.equal(secrets.map.has(key), true, key);
    assert.deepEqual((await readdir(dir)).sort(), ['last-known-client.json', 'last-known-default.json']);
    // Added again with the same id: nothing of the old one is there to revive.
    assert.deepEqual(await new SessionStore(secrets.view(), 'agency').load(at), { kind: 'none' });
  });

  it('an entry only being edited (not well-formed for now) keeps its id, and so its session', () => {
    const cfg = { get: <T>(k: string) => (k === 'profiles' ? [{ id: 'client', name: '' }, { name: 'no id' }, 'junk'] : undefined) as T | undefined };
    assert.deepEqual(namedProfileIds(cfg), ['default', 'client']);
  });
});
