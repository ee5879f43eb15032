import assert from 'node:assert/strict';
import { healthEnabledFor } from '../../src/config/health';

describe('config/health: bigv.health.enabled, per profile', () => {
  it('off unless true for all, or true for the profile by id', () => {
    assert.equal(healthEnabledFor(undefined, 'default'), false);
    assert.equal(healthEnabledFor(false, 'default'), false);
    assert.equal(healthEnabledFor(true, 'staging'), true);
    assert.equal(healthEnabledFor({ default: true }, 'default'), true);
    assert.equal(healthEnabledFor({ default: true }, 'staging'), false);
    assert.equal(healthEnabledFor({ default: 'yes' }, 'default'), false);
    assert.equal(healthEnabledFor(['default'], 'default'), false);
    assert.equal(healthEnabledFor({}, 'toString'), false);
  });
});
