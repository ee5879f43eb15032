// The SSH terminal's command line: an argv (never a shell string) ending in user@address, where
// neither the address (from the API) nor the user (from the settings) can become an option; and
// why a connection was refused, in one word.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildServerSshArgv, refusalReason } from '../../../src/features/console/serverSshArgv';
import { SshConnectError } from '../../../src/features/console/ssh/types';

describe('SSH terminal: argv', () => {
  it('is the extra args, then user@primary address', () => {
    assert.deepEqual(buildServerSshArgv({ sshArgs: ['-p', '2222', '-i', '/k'], user: 'root', address: '46.43.1.2' }), {
      ok: true, argv: ['-p', '2222', '-i', '/k', 'root@46.43.1.2'], destination: 'root@46.43.1.2', address: '46.43.1.2',
    });
    assert.deepEqual(buildServerSshArgv({ sshArgs: [], user: 'deploy', address: '2001:41c9::1' }).ok, true);
  });

  it('refuses an address that is not an IP, and a user that is not a plain name', () => {
    for (const address of ['-oProxyCommand=nc evil 22', 'web1.example', '1.2.3.4 -v', '']) {
      assert.equal(buildServerSshArgv({ sshArgs: [], user: 'root', address }).ok, false, address);
    }
    assert.deepEqual(buildServerSshArgv({ sshArgs: [], user: 'root', address: undefined }), { ok: false, problem: 'no-address' });
    for (const user of ['-oProxyCommand=x', 'a b', 'root@evil', '', 'x\ny']) {
      assert.deepEqual(buildServerSshArgv({ sshArgs: [], user, address: '1.2.3.4' }), { ok: false, problem: 'bad-user' }, user);
    }
  });

  it('whatever the API and settings say, the only word after the args is one user@IP', () => {
    fc.assert(
      fc.property(fc.oneof(fc.ipV4(), fc.string({ unit: 'binary', maxLength: 30 })), fc.oneof(fc.constant('root'), fc.string({ unit: 'binary', maxLength: 12 })), (address, user) => {
        const r = buildServerSshArgv({ sshArgs: ['-q'], user, address });
        if (!r.ok) return;
        assert.equal(r.argv.length, 2);
        assert.match(r.argv[1]!, /^[A-Za-z_][A-Za-z0-9_.-]*@[0-9a-fA-F:.]+$/);
      }),
      { numRuns: 500 },
    );
  });
});

describe('SSH terminal: why a connection was refused', () => {
  it('names no key accepted, port closed, host unreachable and host key problems', () => {
    assert.equal(refusalReason(new SshConnectError('refused', 'All configured authentication methods failed')), 'no-key');
    assert.equal(refusalReason(new SshConnectError('network', 'connect ECONNREFUSED 127.0.1.10:22')), 'port-closed');
    assert.equal(refusalReason(new SshConnectError('network', 'connect EHOSTUNREACH 46.43.1.2:22')), 'unreachable');
    assert.equal(refusalReason(new SshConnectError('network', 'timed out while waiting for the console to answer')), 'unreachable');
    assert.equal(refusalReason(new SshConnectError('host-key-changed', 'x')), 'host-key');
    assert.equal(refusalReason(new Error('something else')), 'other');
    assert.equal(refusalReason(undefined), 'other');
  });
});
