// Keep an SSH Config for My Servers / Stop Keeping…: the file is written at once, the Include is
// added only when the user agrees, and Connect with Remote-SSH then uses the managed name.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { keepSshConfig } from '../../../src/commands/ssh/keepSshConfig';
import { stopSshConfig } from '../../../src/commands/ssh/stopSshConfig';
import { connectRemoteSsh } from '../../../src/commands/server/connectRemoteSsh';
import type { SshConfigAccess } from '../../../src/features/sshConfig/access';
import { SshConfigSync } from '../../../src/features/sshConfig/sync';
import { useCommandRig, type CommandRig } from '../../support/commandHarness';

/** What features/sshConfig/index.ts gives a profile, minus the setting. */
function access(sync: SshConfigSync): SshConfigAccess {
  return {
    get enabled() {
      return sync.enabled;
    },
    file: sync.paths.file,
    userConfig: sync.paths.userConfig,
    turnOn: async () => void (await sync.setEnabled(true)),
    turnOff: async () => (await sync.setEnabled(false))!,
    includePresent: () => sync.includePresent(),
    addInclude: () => sync.addInclude(),
    hostFor: (t) => sync.hostFor('default', t.fullName),
  };
}

describe('command: keepSshConfig / stopSshConfig', () => {
  const { rig } = useCommandRig();
  let home: string;
  let r: CommandRig;
  let sync: SshConfigSync;

  beforeEach(async function () {
    home = await mkdtemp(path.join(tmpdir(), 'bigv-sshcmd-'));
  });
  afterEach(async () => {
    sync?.dispose();
    await rm(home, { recursive: true, force: true });
  });

  async function start(remoteSshInstalled = true): Promise<void> {
    let ctxEstate: CommandRig['estate'] | undefined;
    sync = new SshConfigSync({ home, profiles: () => (ctxEstate ? [{ id: 'default', estate: ctxEstate }] : []), userFor: () => 'root', log: { info: () => undefined, warn: () => undefined } });
    r = await rig({ remoteSshInstalled, sshConfig: access(sync) });
    ctxEstate = r.estate;
  }

  it('writes every server at once, asks before touching ~/.ssh/config, and Remote-SSH uses the name', async () => {
    await start();
    await mkdir(path.join(home, '.ssh'));
    await writeFile(path.join(home, '.ssh', 'config'), 'Host *\n  ServerAliveInterval 30\n');
    r.ui.script('ask', 'Add the Include Line');
    assert.equal(await keepSshConfig(r.ctx), true);
    const text = await readFile(sync.paths.file, 'utf8');
    assert.match(text, /Host web1\.web\.demo web1\n {2}HostName \d+\.\d+\.\d+\.\d+\n {2}User root\n/);
    assert.equal((await stat(sync.paths.file)).mode & 0o777, 0o600);
    assert.match(r.ui.of('ask')[0]!.message, /Add one line to .*\.ssh.config/);
    assert.equal(await readFile(sync.paths.userConfig, 'utf8'), '# Added by the Bytemark Cloud (BigV) extension for VS Code ("Keep an SSH Config for My Servers"):\nInclude ~/.ssh/bigv/config\n\nHost *\n  ServerAliveInterval 30\n');
    await connectRemoteSsh(r.ctx, r.node('web1'));
    assert.deepEqual(r.opened, ['remote-ssh web1.web.demo']);

    await stopSshConfig(r.ctx);
    assert.equal(await readFile(sync.paths.userConfig, 'utf8'), 'Host *\n  ServerAliveInterval 30\n');
    await assert.rejects(stat(sync.paths.file));
    assert.match(r.ui.said.at(-1)!, /Removed .* and its Include line/);
    await connectRemoteSsh(r.ctx, r.node('web1'));
    assert.match(r.opened.at(-1)!, /^remote-ssh web1\.web\.demo\.\S+$/, 'its DNS name again');
  });

  it('declining leaves ~/.ssh/config alone (not even created), and says how to include it', async () => {
    await start();
    assert.equal(await keepSshConfig(r.ctx), false);
    await assert.rejects(stat(sync.paths.userConfig));
    await stat(sync.paths.file);
    assert.match(r.ui.said.at(-1)!, /add "Include ~\/\.ssh\/bigv\/config" at the top/);
    await connectRemoteSsh(r.ctx, r.node('web1'));
    assert.notEqual(r.opened.at(-1), 'remote-ssh web1.web.demo', 'ssh would not know the name');
  });
});
