import assert from 'node:assert/strict';
import { isSessionKey, passwordKey, tokenKey, userKey } from '../../src/session/keys';

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
