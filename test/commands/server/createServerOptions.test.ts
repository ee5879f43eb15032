// Issue 20, "every create and reimage option the CLI has": each option of Create Server chosen as a
// user would, then read back over the API (and, for what the API never shows, the simulator's state).
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { utils } from 'ssh2';
import { createServer } from '../../../src/commands/server/createServer';
import type { GroupNode } from '../../../src/estate/nodes';
import type { CommandRig } from '../../support/commandHarness';
import { useCommandRig } from '../../support/commandHarness';
import { DEMO_SSH_KEY } from '../../simulator/seed';
import { first, labelled } from './manage';

const ISO = 'https://cdimage.example.org/debian-12-netinst.iso';
const groupNode = (r: CommandRig): GroupNode => r.estate.accountNodes.find((a) => a.account.name === 'demo')!.groups.find((g) => g.group.name === 'web')!;
const read = (r: CommandRig, name: string) => r.brain.getServer({ account: 'demo', group: 'web', server: name });
const newKey = (comment: string) => `${utils.generateKeyPairSync('ed25519').public.trim().split(' ').slice(0, 2).join(' ')} ${comment}`;

/** The steps up to the image: group, name, zone, size, one 25 GiB sata disc. */
function upToImage(r: CommandRig, name: string): void {
  r.ui.script('pick', first, labelled('york'), labelled('2 vCPU · 4 GiB'), labelled('sata'), labelled('Continue'));
  r.ui.script('input', name, '25');
}

/** Debian 10, a generated password, No key, and `start`. */
function withImage(r: CommandRig, start: string): void {
  r.ui.script('pick', labelled('buster'), labelled('Generate'), labelled('No key'), labelled(start));
}

describe('command: createServer, every option of the CLI', () => {
  const { h, rig } = useCommandRig();
  let home: string;
  let savedHome: string | undefined;
  beforeEach(async () => {
    // A home of our own: ~/.ssh/*.pub is what the key step offers.
    home = await mkdtemp(path.join(tmpdir(), 'bigv-create-'));
    savedHome = process.env.HOME;
    process.env.HOME = home;
  });
  afterEach(async () => {
    process.env.HOME = savedHome;
    await rm(home, { recursive: true, force: true });
  });

  it('no image, booting an installer CD-ROM (--no-image --cdrom): cdrom_url and autoreboot_on sent, no reimage; says to install from the graphical console', async () => {
    const r = await rig();
    upToImage(r, 'inst1');
    r.ui.script('pick', labelled('No image'), labelled('Boot it from the CD-ROM'), labelled('Create'));
    r.ui.script('input', ISO);
    r.ui.script('notify', 'Open Graphical Console');
    assert.equal(await createServer(r.ctx, groupNode(r)), true);
    const vm = await read(r, 'inst1');
    assert.deepEqual([vm.cdrom_url, vm.autoreboot_on, vm.power_on], [ISO, true, true]);
    assert.equal(h.sim.state.findServer('demo', 'web', 'inst1')!.lastReimage, undefined, 'no reimage sent');
    const summary = r.ui.of('pick').at(-1)!.items.map((i) => `${i.label}: ${i.description ?? ''}`);
    assert.ok(summary.includes(`$(edit) CD-ROM: ${ISO}`), summary.join('\n'));
    assert.ok(summary.includes('$(edit) Boot from the CD-ROM when ready: yes'));
    assert.ok(!summary.some((l) => /Root password|SSH keys|First-boot/.test(l)), 'no image: no password, keys or script');
    assert.match(r.ui.of('notify').at(-1)!.message, /inst1\.web\.demo is up, booting from debian-12-netinst\.iso/);
    assert.deepEqual(r.opened, ['screen inst1.web.demo']);
    // The URL is checked as typed.
    const urlBox = r.ui.of('input').at(-1)!;
    assert.match(urlBox.opts.validate!('ftp://x/y.iso') ?? '', /http or https/);
  });

  it('start stopped (--stopped), with an image and with a CD-ROM: autoreboot_on not sent, left powered off', async () => {
    const r = await rig();
    upToImage(r, 'cold1');
    withImage(r, 'Leave it powered off');
    r.ui.script('pick', labelled('Create'));
    assert.equal(await createServer(r.ctx, groupNode(r)), true);
    const vm = await read(r, 'cold1');
    assert.deepEqual([vm.autoreboot_on, vm.power_on], [false, false]);
    assert.equal(h.sim.state.findServer('demo', 'web', 'cold1')!.lastReimage?.distribution, 'buster');

    upToImage(r, 'cold2');
    r.ui.script('pick', labelled('No image'), labelled('Leave it powered off'), labelled('Create'));
    r.ui.script('input', ISO);
    assert.equal(await createServer(r.ctx, groupNode(r)), true);
    const blank = await read(r, 'cold2');
    assert.deepEqual([blank.cdrom_url, blank.autoreboot_on, blank.power_on], [ISO, false, false]);
  });

  it('More options from the summary: a typed first-boot script, weekly backups (--backup), a locked hardware profile; each change returns to the summary, which then shows it', async () => {
    const r = await rig();
    upToImage(r, 'opt1');
    withImage(r, 'Start it');
    r.ui.script('pick', labelled('More options'), labelled('First-boot script'), labelled('Type a command'));
    r.ui.script('input', '  apt-get install -y nginx ');
    r.ui.script('pick', labelled('More options'), labelled('Backups'), labelled('Weekly'));
    r.ui.script('pick', labelled('More options'), labelled('Hardware profile'), labelled('virtio2018'), labelled('Lock it'));
    let summary: string[] = [];
    r.ui.script('pick', (c) => {
      summary = c.kind === 'pick' ? c.items.map((i) => `${i.label}: ${i.description ?? ''}`) : [];
      return labelled('Create')(c);
    });
    assert.equal(await createServer(r.ctx, groupNode(r)), true);
    const vm = await read(r, 'opt1');
    assert.deepEqual([vm.hardware_profile, vm.hardware_profile_locked], ['virtio2018', true]);
    const [schedule, ...more] = vm.discs?.[0]?.backup_schedules ?? [];
    assert.equal(more.length, 0);
    assert.deepEqual([schedule?.interval_seconds, schedule?.capacity], [604800, 1], 'what the CLI sends: weekly, keeping one');
    assert.match(String(schedule?.start_at), /^\d{4}-\d\d-\d\d 00:00:00 (GMT|BST)$/, 'midnight tonight, London time, as `add server` writes it');
    assert.equal(h.sim.state.findServer('demo', 'web', 'opt1')!.lastReimage?.firstboot_script, '#!/bin/sh\napt-get install -y nginx\n');
    // Each set option is on its own line; More options… is gone once nothing is left at its default.
    assert.ok(summary.includes('$(edit) First-boot script: a typed command: apt-get install -y nginx'), summary.join('\n'));
    assert.ok(summary.includes('$(edit) Backups of the root disc: weekly, from midnight tonight'));
    assert.ok(summary.includes('$(edit) Hardware profile: virtio2018, locked'));
    assert.ok(!summary.some((l) => l.includes('More options')));
    // Every prompt of the wizard, the option prompts too, counts nine steps.
    assert.ok(r.ui.of('pick').every((p) => p.opts.step?.total === 9));
  });

  it('pressing Enter on the summary at once sends none of the options: no script, no schedule, no profile; More options… lists them at their defaults', async () => {
    const r = await rig();
    upToImage(r, 'plain1');
    withImage(r, 'Start it');
    r.ui.script('pick', labelled('Create'));
    assert.equal(await createServer(r.ctx, groupNode(r)), true);
    const vm = await read(r, 'plain1');
    assert.deepEqual(vm.discs?.[0]?.backup_schedules ?? [], []);
    assert.deepEqual([vm.hardware_profile, vm.hardware_profile_locked], ['virtio2013', false]);
    assert.equal(h.sim.state.findServer('demo', 'web', 'plain1')!.lastReimage?.firstboot_script, undefined);
    const more = r.ui.of('pick').at(-1)!.items.find((i) => i.label.includes('More options'))!;
    assert.equal(more.description, 'at their defaults: first-boot script, backups, hardware profile');
    assert.deepEqual(r.ui.of('pick').at(-1)!.items.slice(-4).map((i) => i.label), ['$(edit) Root password', '$(edit) SSH keys', '$(edit) Start when ready', '$(ellipsis) More options…']);
  });

  it('several SSH keys: your Bytemark key and a ~/.ssh key ticked together, sent CR LF joined as the CLI joins them; a file of keys, a bad line refused with its number', async () => {
    const a = newKey('a@home');
    const b = newKey('b@home');
    await mkdir(path.join(home, '.ssh'));
    await writeFile(path.join(home, '.ssh', 'id_a.pub'), `${a}\n`);
    await writeFile(path.join(home, 'keys.txt'), `# team\n${a}\n\n${b}\n`);
    await writeFile(path.join(home, 'bad.txt'), `${a}\nnot a key\n`);
    const r = await rig();
    upToImage(r, 'keys1');
    r.ui.script('pick', labelled('buster'), labelled('Generate'), labelled('Several'));
    r.ui.pickManyLabels('$(key) demo@laptop', '$(key) id_a.pub');
    r.ui.script('pick', labelled('Start it'), labelled('Create'));
    assert.equal(await createServer(r.ctx, groupNode(r)), true);
    assert.equal(h.sim.state.findServer('demo', 'web', 'keys1')!.lastReimage?.ssh_public_key, `${DEMO_SSH_KEY}\r\n${a}`);
    const summary = r.ui.of('pick').at(-1)!.items.map((i) => `${i.label}: ${i.description ?? ''}`);
    assert.ok(summary.includes('$(edit) SSH keys: 2 keys'), summary.join('\n'));

    upToImage(r, 'keys2');
    r.ui.script('pick', labelled('buster'), labelled('Generate'), labelled('From a file'), labelled('Start it'), labelled('Create'));
    r.ui.script('input', 'bad.txt', 'keys.txt'); // relative to the home folder: no workspace is open
    assert.equal(await createServer(r.ctx, groupNode(r)), true);
    assert.equal(h.sim.state.findServer('demo', 'web', 'keys2')!.lastReimage?.ssh_public_key, `${a}\r\n${b}`);
    const again = r.ui.of('input').at(-1)!;
    assert.equal(again.opts.value, 'bad.txt', 'asked again with the path kept');
    assert.match(again.opts.validate!('bad.txt') ?? '', /^Line 2: A public key starts with/);
  });
});
