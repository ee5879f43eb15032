// Issue 20: Reimage's options as the CLI's reimage flags: a first-boot script from a file of the
// workspace (or typed), several keys; all four reimage fields sent, read back from the simulator.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { utils } from 'ssh2';
import { reimage } from '../../../src/commands/server/reimage';
import { useCommandRig, type CommandRig } from '../../support/commandHarness';
import { assertNoWrites } from './power';
import { labelled, last } from './manage';

const newKey = (comment: string) => `${utils.generateKeyPairSync('ed25519').public.trim().split(' ').slice(0, 2).join(' ')} ${comment}`;

describe('command: reimage, first-boot script and keys', () => {
  const { h, rig } = useCommandRig();
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'bigv-reimage-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));
  const inWorkspace = (r: CommandRig) => Object.assign(r.ui, { workspaceFolder: () => dir });

  it('a script file from the workspace, by a relative path: a missing file and one without #! are asked again with the reason; CR LF made LF; five prompts', async () => {
    await mkdir(path.join(dir, 'scripts'));
    await writeFile(path.join(dir, 'scripts', 'setup.sh'), '#!/bin/bash\r\napt-get update\r\napt-get install -y nginx\r\n');
    await writeFile(path.join(dir, 'scripts', 'plain.sh'), 'echo hello\n');
    const r = await rig();
    inWorkspace(r);
    r.ui.pickLabel('buster').script('pick', labelled('Generate'), last, labelled('From a file'));
    r.ui.script('input', 'scripts/nope.sh', 'scripts/plain.sh', 'scripts/setup.sh', 'staging');
    assert.equal(await reimage(r.ctx, r.node('staging')), true);
    await r.settled();
    const sent = h.sim.state.findServer('demo', 'web', 'staging')!.lastReimage!;
    assert.equal(sent.firstboot_script, '#!/bin/bash\napt-get update\napt-get install -y nginx\n');
    const [nope, plain] = r.ui.of('input');
    assert.match(nope!.opts.prompt!, new RegExp(`relative paths are read from ${dir}`));
    assert.equal(nope!.opts.value, dir + path.sep, 'starts in the workspace folder');
    assert.match(plain!.opts.validate!('scripts/nope.sh') ?? '', /There is no file .*nope\.sh/);
    assert.match(r.ui.of('input')[2]!.opts.validate!('scripts/plain.sh') ?? '', /first line must name its interpreter/);
    const titles = r.ui.calls.flatMap((c) => (c.kind === 'pick' || c.kind === 'input' ? [c.opts.title ?? ''] : []));
    assert.ok(titles.every((t) => /\([1-5]\/5\)/.test(t)), titles.join('\n'));
  });

  it('a typed command, and the keys of a file, joined CR LF as the CLI joins them', async () => {
    const a = newKey('a@ci');
    const b = newKey('b@ci');
    await writeFile(path.join(dir, 'authorized_keys'), `${a}\n${b}\n`);
    const r = await rig();
    inWorkspace(r);
    r.ui.pickLabel('buster').script('pick', labelled('Generate'), labelled('From a file'), labelled('Type a command'));
    r.ui.script('input', 'authorized_keys', 'touch /root/first-boot-ran', 'staging');
    assert.equal(await reimage(r.ctx, r.node('staging')), true);
    await r.settled();
    const sent = h.sim.state.findServer('demo', 'web', 'staging')!.lastReimage!;
    assert.equal(sent.ssh_public_key, `${a}\r\n${b}`);
    assert.equal(sent.firstboot_script, '#!/bin/sh\ntouch /root/first-boot-ran\n');
  });

  it('a binary or oversized file is refused before anything is sent; Escape there sends nothing', async () => {
    await writeFile(path.join(dir, 'image.iso'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]));
    await writeFile(path.join(dir, 'big.sh'), `#!/bin/sh\n${'#'.repeat(70 * 1024)}\n`);
    const r = await rig();
    inWorkspace(r);
    r.ui.pickLabel('buster').script('pick', labelled('Generate'), last, labelled('From a file'));
    r.ui.script('input', 'image.iso', 'big.sh');
    assert.equal(await reimage(r.ctx, r.node('staging')), undefined);
    const inputs = r.ui.of('input');
    assert.match(inputs[1]!.opts.validate!('image.iso') ?? '', /not a text script/);
    assert.match(inputs[2]!.opts.validate!('big.sh') ?? '', /at most 64 KiB/);
    assertNoWrites(h);
  });
});
