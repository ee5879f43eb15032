// The one change to ~/.ssh/config: our Include at the very top, and taken away again exactly.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addInclude, hasInclude, INCLUDE_COMMENT, INCLUDE_LINE, removeInclude, userHostNames } from '../../../src/features/sshConfig/include';

describe('managed SSH config: the Include line', () => {
  it('goes first, before any Host or Match line, and the user\'s lines follow unchanged', () => {
    const own = 'ServerAliveInterval 30\n\nHost *.example\n  User me\nMatch host x\n  Port 2222\n';
    const added = addInclude(own);
    assert.equal(added, `${INCLUDE_COMMENT}\n${INCLUDE_LINE}\n\n${own}`);
    assert.ok(hasInclude(added));
    assert.equal(addInclude(added), added, 'added once');
    assert.equal(addInclude(''), `${INCLUDE_COMMENT}\n${INCLUDE_LINE}\n`);
  });

  it('keeps CRLF line ends', () => {
    assert.equal(addInclude('Host a\r\n'), `${INCLUDE_COMMENT}\r\n${INCLUDE_LINE}\r\n\r\nHost a\r\n`);
  });

  it('removing it gives back the file as it was, whatever the file', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (own) => {
        fc.pre(!hasInclude(own));
        const r = removeInclude(addInclude(own));
        assert.equal(r.text, own);
        assert.equal(r.removed, true);
        assert.equal(r.keptOwn, false);
      }),
      { numRuns: 300 },
    );
  });

  it('an Include the user wrote is theirs: never removed, never doubled', () => {
    const own = 'Include bigv/config\nHost a\n';
    assert.equal(addInclude(own), own);
    assert.deepEqual(removeInclude(own), { text: own, removed: false, keptOwn: true });
  });

  it('knows the literal host names the user\'s config uses', () => {
    assert.deepEqual([...userHostNames('Host web1 DB1 *.x !y\nhost=Z\n  HostName web2\nMatch host q')].sort(), ['db1', 'web1', 'z']);
  });
});
