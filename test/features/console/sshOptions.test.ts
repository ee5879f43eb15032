import assert from 'node:assert/strict';
import * as path from 'node:path';
import { agentPaths, defaultIdentityFiles, expandHome, parseSshOptions, configText, sshConfigFiles } from '../../../src/features/console/ssh/options';

const HOME = '/home/u';

describe('console: bigv.console.sshArgs for the built-in client', () => {
  it('defaults to port 22, ~/.ssh/known_hosts (and known_hosts2, read only), and asking about new host keys', () => {
    const o = parseSshOptions([], HOME);
    assert.equal(o.port, 22);
    assert.deepEqual(o.identityFiles, []);
    assert.deepEqual(o.knownHostsFiles, [path.join(HOME, '.ssh', 'known_hosts'), path.join(HOME, '.ssh', 'known_hosts2')]);
    assert.equal(o.hostKeyPolicy, 'ask');
    assert.equal(o.identitiesOnly, false);
  });

  it('reads -p, -i (joined or separate, ~ expanded) and the -o options that matter', () => {
    const o = parseSshOptions(
      ['-p', '2222', '-i', '~/.ssh/bytemark', '-i/k2', '-o', 'IdentitiesOnly=yes', '-oUserKnownHostsFile=/dev/null', '-o', 'StrictHostKeyChecking no', '-v', '-o', 'LogLevel=ERROR'],
      HOME,
    );
    assert.equal(o.port, 2222);
    assert.deepEqual(o.identityFiles, [path.join(HOME, '.ssh/bytemark'), '/k2']);
    assert.equal(o.identitiesOnly, true);
    assert.deepEqual(o.knownHostsFiles, ['/dev/null']);
    assert.equal(o.hostKeyPolicy, 'no');
    assert.deepEqual(o.ignored, ['-v', '-o LogLevel=ERROR']);
  });

  it('takes -o Port= and IdentityFile=, and keeps a bad port out', () => {
    const o = parseSshOptions(['-o', 'Port=2200', '-o', 'IdentityFile="~/k"', '-p', 'x'], HOME);
    assert.equal(o.port, 2200);
    assert.deepEqual(o.identityFiles, [path.join(HOME, 'k')]);
    assert.deepEqual(o.ignored, ['-p x']);
  });

  it('maps StrictHostKeyChecking values, leaving ask as the default', () => {
    const policy = (v: string): string => parseSshOptions(['-o', `StrictHostKeyChecking=${v}`], HOME).hostKeyPolicy;
    assert.equal(policy('accept-new'), 'accept-new');
    assert.equal(policy('yes'), 'yes');
    assert.equal(policy('off'), 'no');
    assert.equal(policy('ask'), 'ask');
  });

  it('does not read the value of an option taking one as another option', () => {
    const o = parseSshOptions(['-l', '-p', '-p', '23'], HOME);
    assert.equal(o.port, 23);
  });

  it('reads the Host blocks of ssh_config that match the address, after the command line', () => {
    const text = [
      '# the user\'s ~/.ssh/config',
      'IdentityFile ~/.ssh/everywhere',
      'Host 10.0.0.* !10.0.0.9',
      '  Port 2200',
      '  IdentityFile ~/.ssh/bytemark',
      '  StrictHostKeyChecking accept-new',
      '  UserKnownHostsFile ~/.ssh/bytemark_hosts',
      'Host other',
      '  IdentityFile ~/.ssh/other',
      'Match exec "true"',
      '  IdentityFile ~/.ssh/match',
      'Host *',
      '  Port 2300',
      '  IdentitiesOnly yes',
    ].join('\n');
    const o = parseSshOptions(['-i', '/k', '-o', 'StrictHostKeyChecking=yes'], HOME, { host: '10.0.0.1', text });
    assert.equal(o.port, 2200, 'the first Port found wins');
    assert.deepEqual(o.identityFiles, ['/k', path.join(HOME, '.ssh/everywhere'), path.join(HOME, '.ssh/bytemark')]);
    assert.equal(o.hostKeyPolicy, 'yes', 'the command line comes first');
    assert.deepEqual(o.knownHostsFiles, [path.join(HOME, '.ssh/bytemark_hosts')]);
    assert.equal(o.identitiesOnly, true);
    const negated = parseSshOptions([], HOME, { host: '10.0.0.9', text });
    assert.equal(negated.port, 2300);
    assert.deepEqual(negated.identityFiles, [path.join(HOME, '.ssh/everywhere')]);
  });

  it('reads HashKnownHosts from the command line and from ssh_config, off by default', () => {
    assert.equal(parseSshOptions([], HOME).hashKnownHosts, false);
    assert.equal(parseSshOptions(['-o', 'HashKnownHosts=yes'], HOME).hashKnownHosts, true);
    assert.equal(parseSshOptions(['-o', 'HashKnownHosts no'], HOME, { host: '10.0.0.1', text: 'HashKnownHosts yes' }).hashKnownHosts, false, 'the command line comes first');
    const text = ['Host 10.0.0.*', '  HashKnownHosts yes', 'Host *', '  HashKnownHosts no'].join('\n');
    assert.equal(parseSshOptions([], HOME, { host: '10.0.0.1', text }).hashKnownHosts, true);
    assert.equal(parseSshOptions([], HOME, { host: '10.1.0.1', text }).hashKnownHosts, false);
    assert.deepEqual(parseSshOptions(['-o', 'HashKnownHosts=yes'], HOME).ignored, []);
    // Debian's /etc/ssh/ssh_config says `Host *` / `HashKnownHosts yes`: read after the user's file.
    const joined = configText(['Host other\n  HashKnownHosts no', 'Host *\n  HashKnownHosts yes']);
    assert.equal(parseSshOptions([], HOME, { host: '10.0.0.1', text: joined }).hashKnownHosts, true);
    assert.equal(parseSshOptions([], HOME, { host: '10.0.0.1', text: configText(['Host 10.*\n HashKnownHosts no', 'HashKnownHosts yes']) }).hashKnownHosts, false, 'the user file comes first');
    assert.equal(parseSshOptions([], HOME, { host: '10.0.0.1', text: configText(['Host other', 'HashKnownHosts yes']) }).hashKnownHosts, true, 'a Host block does not reach into the next file');
  });

  it('reads the system-wide known_hosts files too (where an admin puts @revoked), or those GlobalKnownHostsFile names', () => {
    assert.deepEqual(parseSshOptions([], HOME, undefined, 'linux').globalKnownHostsFiles, ['/etc/ssh/ssh_known_hosts', '/etc/ssh/ssh_known_hosts2']);
    assert.deepEqual(parseSshOptions([], HOME, undefined, 'win32', { ProgramData: 'C:\\ProgramData' }).globalKnownHostsFiles, ['C:\\ProgramData\\ssh\\ssh_known_hosts']);
    const o = parseSshOptions(['-o', 'GlobalKnownHostsFile=~/a /b'], HOME, undefined, 'linux');
    assert.deepEqual(o.globalKnownHostsFiles, [path.join(HOME, 'a'), '/b']);
    assert.deepEqual(o.ignored, []);
  });

  it('finds the ssh_config the system ssh would read', () => {
    assert.deepEqual(sshConfigFiles([], HOME, 'linux'), [path.join(HOME, '.ssh', 'config'), '/etc/ssh/ssh_config']);
    assert.deepEqual(sshConfigFiles([], HOME, 'win32', { ProgramData: 'D:\\PD' }), [path.join(HOME, '.ssh', 'config'), 'D:\\PD\\ssh\\ssh_config']);
    assert.deepEqual(sshConfigFiles(['-F', '~/alt'], HOME), [path.join(HOME, 'alt')], '-F leaves out the system file too');
    assert.deepEqual(sshConfigFiles(['-F/etc/x'], HOME), ['/etc/x']);
    assert.deepEqual(sshConfigFiles(['-F', 'none'], HOME), []);
    assert.deepEqual(parseSshOptions(['-F', 'none'], HOME).ignored, [], '-F is understood, not ignored');
  });

  it('finds keys and the agent where OpenSSH does', () => {
    assert.deepEqual(defaultIdentityFiles(HOME), ['id_ed25519', 'id_ecdsa', 'id_rsa'].map((n) => path.join(HOME, '.ssh', n)));
    assert.equal(expandHome('~', HOME), HOME);
    assert.equal(expandHome('/abs', HOME), '/abs');
    assert.deepEqual(agentPaths({ SSH_AUTH_SOCK: '/tmp/agent' }, 'linux'), ['/tmp/agent']);
    assert.deepEqual(agentPaths({}, 'linux'), []);
    assert.deepEqual(agentPaths({}, 'win32'), ['\\\\.\\pipe\\openssh-ssh-agent', 'pageant']);
  });
});
