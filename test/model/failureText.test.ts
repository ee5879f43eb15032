import assert from 'node:assert/strict';
import { BadRequestError, NetworkError, NotFoundError } from '../../src/api/errors';
import { errorReason, failureMessage } from '../../src/model/failureText';

const ctx = { action: 'update server 1201', endpoint: 'PUT /accounts/11/groups/101/virtual_machines/1201' };

describe('error text', () => {
  it('says what failed in the user’s words, then the client’s reason and advice', () => {
    const msg = failureMessage('start web1.default.demo', new NotFoundError(ctx));
    assert.match(msg, /^Could not start web1\.default\.demo: it was not found, or you have no access to it\. /);
    assert.ok(!msg.includes('update server 1201'), msg);
  });

  it('lists every problem of a 400', () => {
    const msg = failureMessage('resize web1', new BadRequestError({ memory: ['is not a number'], cores: ['is too big'] }, ctx));
    assert.ok(msg.includes('• Memory is not a number'), msg);
    assert.ok(msg.includes('• Cores is too big'), msg);
  });

  it('keeps network advice', () => {
    assert.match(errorReason(new NetworkError('127.0.0.1:1', 'ECONNREFUSED', ctx)), /could not reach 127\.0\.0\.1:1 \(connection refused\)\. Check your network/);
  });

  it('passes other errors through', () => {
    assert.equal(failureMessage('do it', new Error('disk full')), 'Could not do it: disk full');
    assert.equal(failureMessage('do it', 'weird'), 'Could not do it: weird');
  });
});
