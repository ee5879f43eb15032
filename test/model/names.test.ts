import assert from 'node:assert/strict';
import { nameProblem } from '../../src/model/names';

describe('server and group names', () => {
  it('accepts a DNS label and refuses the rest, saying why', () => {
    assert.equal(nameProblem('web-3'), undefined);
    assert.equal(nameProblem('a'), undefined);
    assert.equal(nameProblem(''), 'empty');
    assert.equal(nameProblem('   '), 'empty');
    assert.equal(nameProblem('Web3'), 'upper-case');
    assert.equal(nameProblem('-web'), 'hyphen-edge');
    assert.equal(nameProblem('web-'), 'hyphen-edge');
    assert.equal(nameProblem('web_3'), 'characters');
    assert.equal(nameProblem('web.3'), 'characters');
    assert.equal(nameProblem('a'.repeat(64)), 'too-long');
    assert.equal(nameProblem('a'.repeat(63)), undefined);
  });

  it('is taken only by an exact name in the same place', () => {
    const taken = new Set(['web1', 'web2']);
    assert.equal(nameProblem('web1', taken), 'taken');
    assert.equal(nameProblem('web10', taken), undefined);
  });
});
