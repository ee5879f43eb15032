// The managed file follows the estates: servers created, renamed, moved, re-addressed, deleted
// and purged; a profile not loaded keeps its lines; turning it off removes the file and our line.
import assert from 'node:assert/strict';
import { lstat, mkdir, mkdtemp, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { SshConfigSync, type ProfileServersSource } from '../../../src/features/sshConfig/sync';

interface Srv { name: string; group: string; account: string; ip?: string; deleted?: boolean }

function estate(servers: Srv[], status = 'loaded'): ProfileServersSource['estate'] & { status: string; list: Srv[] } {
  return {
    status,
    list: servers,
    servers() {
      return this.list.map((s) => ({
        vm: { name: s.name, deleted: s.deleted ?? false, network_interfaces: s.ip ? [{ label: null, ips: [s.ip], extra_ips: {} }] : [] },
        parent: { group: { name: s.group }, parent: { account: { name: s.account } } },
      }));
    },
  };
}

describe('managed SSH config: keeping the file current', () => {
  let home: string;
  let profiles: Array<{ id: string; estate: ReturnType<typeof estate> }>;
  let sync: SshConfigSync;
  const log: string[] = [];
  const file = () => path.join(home, '.ssh', 'bigv', 'config');
  const read = () => readFile(file(), 'utf8');

  beforeEach(async () => {
    home = await mkdtemp(path.join(tmpdir(), 'bigv-sshcfg-'));
    profiles = [{ id: 'default', estate: estate([{ name: 'web1', group: 'web', account: 'demo', ip: '46.43.1.2' }, { name: 'db1', group: 'db', account: 'demo', ip: '46.43.1.3' }]) }];
    sync = new SshConfigSync({ home, profiles: () => profiles, userFor: () => 'root', log: { info: (m) => log.push(m), warn: (m) => log.push(m) }, delayMs: 5 });
  });
  afterEach(async () => {
    sync.dispose();
    await rm(home, { recursive: true, force: true });
  });

  it('writes nothing while off; on, writes the file with mode 600 in a directory of mode 700', async () => {
    sync.changed();
    await sync.flush();
    await assert.rejects(stat(file()));
    await sync.setEnabled(true);
    assert.match(await read(), /Host web1\.web\.demo web1\n  HostName 46\.43\.1\.2\n  User root\n/);
    assert.equal((await stat(file())).mode & 0o777, 0o600);
    assert.equal((await stat(path.dirname(file()))).mode & 0o777, 0o700);
  });

  it('follows a rename, a move, an IP swap, a new server, a delete and a purge', async () => {
    await sync.setEnabled(true);
    const list = profiles[0]!.estate.list;
    list[0] = { ...list[0]!, name: 'www1' };
    list[1] = { ...list[1]!, group: 'web', ip: '46.43.1.2' };
    list[0] = { ...list[0]!, ip: '46.43.1.3' };
    list.push({ name: 'new1', group: 'web', account: 'demo', ip: '46.43.1.4' });
    await sync.flush();
    const text = await read();
    assert.match(text, /Host www1\.web\.demo www1\n  HostName 46\.43\.1\.3\n/);
    assert.match(text, /Host db1\.web\.demo db1\n  HostName 46\.43\.1\.2\n/);
    assert.match(text, /Host new1\.web\.demo new1\n/);
    assert.doesNotMatch(text, /web1|db1\.db/);
    list[2] = { ...list[2]!, deleted: true };
    list.splice(1, 1);
    sync.changed();
    await new Promise((r) => setTimeout(r, 50));
    await sync.flush();
    assert.doesNotMatch(await read(), /new1|db1/);
  });

  it('a profile not loaded here keeps its lines; one gone from the settings loses them', async () => {
    profiles.push({ id: 'staging', estate: estate([{ name: 'app1', group: 'web', account: 'acme', ip: '10.1.1.1' }]) });
    await sync.setEnabled(true);
    profiles[1]!.estate = estate([], 'empty');
    profiles[0]!.estate.list.pop();
    await sync.flush();
    assert.match(await read(), /Host app1\.web\.acme app1\n  HostName 10\.1\.1\.1\n/);
    assert.doesNotMatch(await read(), /db1/);
    profiles.pop();
    await sync.flush();
    assert.doesNotMatch(await read(), /app1/);
  });

  it('adds the Include at the top of ~/.ssh/config, through a symlink, and takes it away when off', async () => {
    await mkdir(path.join(home, 'dotfiles'), { recursive: true });
    await mkdir(path.join(home, '.ssh'), { recursive: true, mode: 0o700 });
    const real = path.join(home, 'dotfiles', 'ssh_config');
    await writeFile(real, 'Host web1\n  User me\n', { mode: 0o644 });
    await symlink(real, path.join(home, '.ssh', 'config'));
    await sync.setEnabled(true);
    assert.doesNotMatch(await read(), /Host web1\.web\.demo web1/, 'the user\'s own Host web1 keeps its name');
    assert.equal(sync.hostFor('default', 'web1.web.demo'), undefined, 'not included yet');
    await sync.addInclude();
    assert.ok((await lstat(path.join(home, '.ssh', 'config'))).isSymbolicLink());
    assert.equal(await readlink(path.join(home, '.ssh', 'config')), real);
    assert.match(await readFile(real, 'utf8'), /^# Added by the Bytemark Cloud.*\nInclude ~\/\.ssh\/bigv\/config\n\nHost web1\n {2}User me\n$/);
    assert.equal((await stat(real)).mode & 0o777, 0o644);
    assert.equal(sync.hostFor('default', 'web1.web.demo'), 'web1.web.demo');
    const off = await sync.setEnabled(false);
    assert.deepEqual(off, { removedFile: true, removedInclude: true, keptOwnInclude: false });
    assert.equal(await readFile(real, 'utf8'), 'Host web1\n  User me\n');
    await assert.rejects(stat(path.dirname(file())));
    assert.equal(sync.hostFor('default', 'web1.web.demo'), undefined);
  });
});
