import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseRowContext, ROW_KINDS, rowContext, rowMenuTest, withoutActions } from '../../src/model/rowContext';

const token = fc.stringMatching(/^[A-Za-z][\w-]{0,12}$/);

describe('model/rowContext: one grammar for every row', () => {
  it('builds <kind>.<state>:<action>:…: and leaves out actions that are not offered', () => {
    assert.equal(rowContext('disc', 'running', ['resizeDisc', false, undefined, 'backUpNow']), 'disc.running:resizeDisc:backUpNow:');
    assert.equal(rowContext('placeholder', 'empty'), 'placeholder.empty:');
  });

  it('refuses a token that holds a separator, so no action can pose as another', () => {
    assert.throws(() => rowContext('server', 'running', ['start:stop']));
    assert.throws(() => rowContext('server', 'run.ning'));
    assert.throws(() => rowContext('server', ''));
  });

  it('parses what it builds, for any kind, state and actions', () => {
    fc.assert(fc.property(fc.constantFrom(...ROW_KINDS), token, fc.array(token, { maxLength: 6 }), (kind, state, actions) => {
      assert.deepEqual(parseRowContext(rowContext(kind, state, actions)), { kind, state, actions });
    }));
  });

  it('a menu test matches exactly the rows of its kinds that offer its action', () => {
    fc.assert(fc.property(fc.constantFrom(...ROW_KINDS), fc.constantFrom(...ROW_KINDS), token, fc.array(token, { maxLength: 6 }), token, (menuKind, kind, state, actions, action) => {
      const re = new RegExp(/viewItem =~ \/(.*)\/$/.exec(rowMenuTest([menuKind], action))![1]!);
      assert.equal(re.test(rowContext(kind, state, actions)), kind === menuKind && actions.includes(action));
    }));
  });

  it('a busy row keeps its kind and state and offers nothing', () => {
    assert.equal(withoutActions('disc.resizing:resizeDisc:moveDisc:'), 'disc.resizing:');
    assert.equal(parseRowContext('account'), undefined);
  });
});
