import assert from 'node:assert/strict';
import { statusWords } from '../../src/interaction/statusWords';

describe('interaction/statusWords: who is signed in where', () => {
  it('one profile: the user, and a plain sentence', () => {
    assert.deepEqual(statusWords([{ user: 'demo' }], 0), { text: 'demo', tooltip: 'Signed in to Bytemark Cloud as demo.' });
    assert.equal(statusWords([{ user: 'demo' }], 3)!.tooltip, 'Signed in to Bytemark Cloud as demo. 3 servers are changing state.');
    assert.equal(statusWords([], 0), undefined);
  });

  it('several: each user with their profile, never a profile name where a user belongs', () => {
    const w = statusWords([{ profile: 'Bytemark Cloud', user: 'demo' }, { profile: 'Big estate', user: 'ops' }], 1)!;
    assert.equal(w.text, 'Bytemark Cloud: demo, Big estate: ops');
    assert.equal(w.tooltip, 'Signed in as demo to Bytemark Cloud and as ops to Big estate. 1 server is changing state.');
    assert.equal(statusWords([{ profile: 'A', user: 'a' }, { profile: 'B', user: 'b' }, { profile: 'C', user: 'c' }], 0)!.tooltip, 'Signed in as a to A, as b to B and as c to C.');
  });
});
