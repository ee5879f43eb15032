// The catch-all around every command: an unexpected throw is logged with its stack and reported
// once through the error path; a command that works is untouched.
import assert from 'node:assert/strict';
import { catchAll } from '../../src/wiring/catchAll';

describe('wiring/catchAll: every command', () => {
  it('logs an unexpected throw with its stack, reports it once, and resolves instead of rejecting', async () => {
    const logged: string[] = [];
    const reported: [string, unknown][] = [];
    const boom = new TypeError('cannot read properties of undefined');
    const result = await catchAll('bigv.start', async () => { throw boom; }, { logError: (m) => logged.push(m), report: (id, err) => reported.push([id, err]) });
    assert.equal(result, undefined);
    assert.equal(logged.length, 1);
    assert.match(logged[0]!, /bigv\.start threw: TypeError: cannot read properties of undefined\n\s+at /);
    assert.deepEqual(reported, [['bigv.start', boom]]);
  });

  it('passes a result through and reports nothing when the command works', async () => {
    const calls: string[] = [];
    const result = await catchAll('bigv.copyIp', async () => 42, { logError: (m) => calls.push(m), report: (id) => calls.push(id) });
    assert.equal(result, 42);
    assert.deepEqual(calls, []);
  });

  it('a thrown non-Error is logged and reported too', async () => {
    const logged: string[] = [];
    let reported = 0;
    await catchAll('bigv.filter', () => Promise.reject('a string'), { logError: (m) => logged.push(m), report: () => reported++ });
    assert.deepEqual(logged, ['bigv.filter threw: a string']);
    assert.equal(reported, 1);
  });
});
