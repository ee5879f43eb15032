import assert from 'node:assert/strict';
import { isSessionKey, passwordKey, tokenKey, userKey } from '../../src/session/keys';
import { SessionStore } from '../../src/session/sessionStore';

describe('SecretStorage keys', () => {
  const ep = 'https://auth.bytemark.co.uk';
  it('are per endpoint and per user', () => {
    assert.equal(userKey(ep), 'bigv.session.user:https://auth.bytemark.co.uk');
    assert.equal(tokenKey(ep, 'alice'), 'bigv.session.token:https://auth.bytemark.co.uk:alice');
    assert.notEqual(tokenKey(ep, 'alice'), tokenKey('http://127.0.0.1:4000', 'alice'));
  });

  it('a window reacts only to its own endpoint’s session keys', () => {
    assert.equal(isSessionKey(userKey(ep), ep), true);
    assert.equal(isSessionKey(tokenKey(ep, 'bob'), ep), true);
    assert.equal(isSessionKey(userKey('http://127.0.0.1:4000'), ep), false);
    assert.equal(isSessionKey(tokenKey('http://127.0.0.1:4000', 'bob'), ep), false);
    // The remembered password is not the session: storing it must not trigger a re-read.
    assert.equal(isSessionKey(passwordKey(ep, 'bob'), ep), false);
  });
});

describe('session store: a profile keeps its own session', () => {
  it('two profiles on one auth server never read each other\'s token; the default keeps the old keys', async () => {
    const data = new Map<string, string>();
    const changes: string[] = [];
    const secrets = {
      get: async (k: string) => data.get(k),
      store: async (k: string, v: string) => void (data.set(k, v), changes.push(k)),
      delete: async (k: string) => void (data.delete(k), changes.push(k)),
      onDidChange: () => ({ dispose: () => undefined }),
    };
    const auth = 'https://auth.example';
    const main = new SessionStore(secrets);
    const second = new SessionStore(secrets, 'second');
    await main.save(auth, { username: 'demo', token: 't1' });
    await second.save(auth, { username: 'viewer', token: 't2' });
    assert.deepEqual(await main.load(auth), { username: 'demo', token: 't1' });
    assert.deepEqual(await second.load(auth), { username: 'viewer', token: 't2' });
    assert.ok(data.has(`bigv.session.user:${auth}`), 'the default profile uses the keys sessions were always stored under');
    await second.savePassword(auth, 'viewer', 'pw');
    await second.clear(auth);
    await second.clearPassword(auth, 'viewer');
    assert.equal(await second.load(auth), undefined);
    assert.deepEqual(await main.load(auth), { username: 'demo', token: 't1' }, 'signing out of one leaves the other');
    assert.ok(![...data.keys()].some((k) => k.includes('#second')), 'nothing of the removed profile is left');
  });
});
