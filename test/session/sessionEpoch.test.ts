import assert from 'node:assert/strict';
import { SessionEpoch } from '../../src/session/sessionEpoch';

describe('SessionEpoch (the 401-once guard)', () => {
  it('a storm of concurrent 401s from one session runs the expiry flow exactly once', () => {
    const e = new SessionEpoch();
    const epoch = e.begin();
    const results = Array.from({ length: 50 }, () => e.expire(epoch));
    assert.equal(results.filter(Boolean).length, 1);
    assert.equal(results[0], true);
    assert.equal(e.active, false);
  });

  it('a late 401 from an older session does not end the new one', () => {
    const e = new SessionEpoch();
    const old = e.begin();
    const current = e.begin(); // signed in again (or renewed) meanwhile
    assert.equal(e.expire(old), false);
    assert.equal(e.active, true);
    assert.equal(e.expire(current), true);
  });

  it('nothing to expire while signed out', () => {
    const e = new SessionEpoch();
    assert.equal(e.expire(), false);
    const epoch = e.begin();
    e.end();
    assert.equal(e.expire(epoch), false);
    assert.equal(e.expire(), false);
  });

  it('each new session can expire once', () => {
    const e = new SessionEpoch();
    e.begin();
    assert.equal(e.expire(), true);
    e.begin();
    assert.equal(e.expire(), true);
    assert.equal(e.expire(), false);
  });
});
