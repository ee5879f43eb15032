import assert from 'node:assert/strict';
import { profileSecretKeys, SECRET_KINDS, secretKey } from '../../src/session/keys';
import { forgetProfileSecrets, SessionStore } from '../../src/session/sessionStore';
import { SharedSecrets } from './fixtures';

const at = { apiEndpoint: 'https://uk0.example', authEndpoint: 'https://auth.example' };

/** Writes every kind of secret the store knows for `profileId`, through its own methods. */
async function writeEveryKind(store: SessionStore): Promise<void> {
  await store.save(at, { username: 'demo', token: 't1' });
  await store.savePassword(at, 'demo', 'pw');
}

describe('SecretStorage keys', () => {
  it('are one per profile and kind of secret; a profile id cannot reach another\'s', () => {
    assert.equal(secretKey('default', 'session'), 'bigv.profile:default:session');
    assert.notEqual(secretKey('client', 'session'), secretKey('client-2', 'session'));
    assert.deepEqual(profileSecretKeys('client'), SECRET_KINDS.map((k) => secretKey('client', k)));
  });

  it('profileSecretKeys lists every secret the store writes, so sign-out and removal delete them all', async () => {
    const secrets = new SharedSecrets();
    const store = new SessionStore(secrets.view(), 'client');
    await writeEveryKind(store);
    // Each kind the store writes is listed, and each listed kind is one the store writes.
    assert.deepEqual([...secrets.map.keys()].sort(), profileSecretKeys('client').sort());
    await forgetProfileSecrets(secrets.view(), 'client');
    assert.deepEqual([...secrets.map.keys()], []);
  });
});

describe('session store: a profile keeps its own secrets, bound to their endpoints', () => {
  it('two profiles on one auth server never read each other\'s token; forgetting one leaves the other', async () => {
    const secrets = new SharedSecrets();
    const main = new SessionStore(secrets.view(), 'default');
    const second = new SessionStore(secrets.view(), 'second');
    await main.save(at, { username: 'demo', token: 't1' });
    await second.save(at, { username: 'viewer', token: 't2' });
    await second.savePassword(at, 'viewer', 'pw');
    assert.deepEqual(await main.load(at), { kind: 'session', session: { username: 'demo', token: 't1' } });
    assert.deepEqual(await second.load(at), { kind: 'session', session: { username: 'viewer', token: 't2' } });
    await second.forgetAll();
    assert.deepEqual(await second.load(at), { kind: 'none' });
    assert.deepEqual(await main.load(at), { kind: 'session', session: { username: 'demo', token: 't1' } }, 'signing out of one leaves the other');
    assert.deepEqual([...secrets.map.keys()], [secretKey('default', 'session')]);
  });

  it('hands a secret out only for the endpoints it was stored with (as the settings normalise them)', async () => {
    const secrets = new SharedSecrets();
    const store = new SessionStore(secrets.view(), 'default');
    await writeEveryKind(store);
    const same = { apiEndpoint: 'https://UK0.example:443/', authEndpoint: 'https://auth.example/' };
    assert.equal((await store.load(same)).kind, 'session');
    assert.equal(await store.loadPassword(same, 'demo'), 'pw');
    assert.equal(await store.loadPassword(at, 'someone-else'), undefined);
    for (const moved of [
      { ...at, apiEndpoint: 'https://uk1.example' },
      { ...at, apiEndpoint: 'https://uk0.example:8443' },
      { ...at, apiEndpoint: 'https://uk0.example/v2' },
      { ...at, authEndpoint: 'https://auth.other.example' },
    ]) {
      assert.deepEqual(await store.load(moved), { kind: 'elsewhere', apiKey: false }, JSON.stringify(moved));
      assert.equal(await store.loadPassword(moved, 'demo'), undefined, JSON.stringify(moved));
    }
    assert.equal(secrets.map.size, 2, 'reading deletes nothing (another window may be ahead of this one)');
    assert.deepEqual(await store.settle({ ...at, apiEndpoint: 'https://uk1.example' }, undefined), { kind: 'elsewhere', apiKey: false });
    assert.equal(secrets.map.size, 0, 'settling deletes what is bound elsewhere, the password with it');
  });

  it('an unreadable record is never used, and settling deletes it', async () => {
    const secrets = new SharedSecrets();
    const store = new SessionStore(secrets.view(), 'default');
    secrets.map.set(secretKey('default', 'session'), 'not json');
    secrets.map.set(secretKey('default', 'password'), JSON.stringify({ username: 'demo', secret: 'pw' }));
    assert.deepEqual(await store.load(at), { kind: 'none' });
    assert.equal(await store.loadPassword(at, 'demo'), undefined);
    assert.deepEqual(await store.settle(at, undefined), { kind: 'none' });
    assert.equal(secrets.map.size, 0);
  });
});
