import assert from 'node:assert/strict';
import { buildSshArgv, parseConsoleSettings, splitArgs } from '../../../src/features/console/sshArgv';

describe('console/sshArgv', () => {
  it('builds ssh argv as the Go CLI does: extra args, then user@address', () => {
    assert.deepEqual(buildSshArgv({ sshArgs: [], username: 'demo', managementAddress: '10.0.0.1' }), {
      ok: true,
      argv: ['demo@10.0.0.1'],
      destination: 'demo@10.0.0.1',
    });
    const r = buildSshArgv({ sshArgs: ['-i', '~/.ssh/bytemark', '-o', 'ServerAliveInterval=30'], username: 'demo', managementAddress: '10.0.0.1' });
    assert.ok(r.ok);
    assert.deepEqual(r.argv, ['-i', '~/.ssh/bytemark', '-o', 'ServerAliveInterval=30', 'demo@10.0.0.1']);
  });

  it('leaves IPv6 addresses unbracketed, and unwraps bracketed ones', () => {
    for (const addr of ['2001:41c8:51:7::1', '[2001:41c8:51:7::1]']) {
      const r = buildSshArgv({ sshArgs: [], username: 'demo', managementAddress: addr });
      assert.ok(r.ok);
      assert.deepEqual(r.argv, ['demo@2001:41c8:51:7::1']);
    }
  });

  it('reports a missing or malformed address instead of running ssh at nothing', () => {
    for (const missing of [undefined, null, '', '  ']) {
      assert.deepEqual(buildSshArgv({ sshArgs: [], username: 'demo', managementAddress: missing }), { ok: false, problem: 'no-address' });
    }
    // An address from the network must never become an ssh option.
    for (const bad of ['-oProxyCommand=touch /tmp/pwned', 'example.com', '10.0.0.1 -v', '10.0.0.256']) {
      assert.deepEqual(buildSshArgv({ sshArgs: [], username: 'demo', managementAddress: bad }), { ok: false, problem: 'bad-address' }, bad);
    }
  });

  it('needs a plain username (signed in), never one that could be an option', () => {
    assert.deepEqual(buildSshArgv({ sshArgs: [], username: undefined, managementAddress: '10.0.0.1' }), { ok: false, problem: 'no-username' });
    for (const bad of ['-oX=y', 'a b', 'me@host', 'x;y']) {
      assert.deepEqual(buildSshArgv({ sshArgs: [], username: bad, managementAddress: '10.0.0.1' }), { ok: false, problem: 'bad-username' }, bad);
    }
    assert.ok(buildSshArgv({ sshArgs: [], username: 'first.last_2-x', managementAddress: '10.0.0.1' }).ok);
  });

  it('reads the settings: defaults, string arrays, and a pasted single string', () => {
    assert.deepEqual(parseConsoleSettings(undefined, undefined), { ok: true, settings: { sshPath: 'ssh', sshArgs: [] } });
    assert.deepEqual(parseConsoleSettings('  ', []), { ok: true, settings: { sshPath: 'ssh', sshArgs: [] } });
    assert.deepEqual(parseConsoleSettings('/usr/local/bin/ssh', ['-4']), { ok: true, settings: { sshPath: '/usr/local/bin/ssh', sshArgs: ['-4'] } });
    assert.deepEqual(parseConsoleSettings('ssh', '-i "~/My Keys/id" -o \'ServerAliveInterval 30\''), {
      ok: true,
      settings: { sshPath: 'ssh', sshArgs: ['-i', '~/My Keys/id', '-o', 'ServerAliveInterval 30'] },
    });
  });

  it('names what is wrong with a mistyped setting', () => {
    assert.deepEqual(parseConsoleSettings(42, []), { ok: false, problem: 'path-not-string' });
    assert.deepEqual(parseConsoleSettings('ssh', ['-i', 7]), { ok: false, problem: 'args-item-not-string', item: 2 });
    assert.deepEqual(parseConsoleSettings('ssh', { i: 'x' }), { ok: false, problem: 'args-not-list' });
    assert.deepEqual(parseConsoleSettings('ssh', '-i "unclosed'), { ok: false, problem: 'args-open-quote' });
  });

  it('splits like the Go CLI, keeping empty quoted arguments', () => {
    assert.deepEqual(splitArgs(''), []);
    assert.deepEqual(splitArgs('  -v   -v '), ['-v', '-v']);
    assert.deepEqual(splitArgs('-o ""'), ['-o', '']);
    assert.deepEqual(splitArgs(`a"b c"d 'e'`), ['ab cd', 'e']);
  });
});
