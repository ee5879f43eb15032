import assert from 'node:assert/strict';
import { createServer } from '../../../src/commands/server/createServer';
import { runWizard, type Step } from '../../../src/commands/wizard';
import type { GroupNode } from '../../../src/estate/nodes';
import type { CommandRig } from '../../support/commandHarness';
import { useCommandRig } from '../../support/commandHarness';
import { first, labelled, last } from './manage';
import { assertNoWrites, assertSaid } from './power';

const groupNode = (r: CommandRig, account: string, group: string): GroupNode =>
  r.estate.accountNodes.find((a) => a.account.name === account)!.groups.find((g) => g.group.name === group)!;

/** Every answer of the whole wizard, group to summary. */
function answerAll(r: CommandRig, name: string): void {
  r.ui.script('pick', first, labelled('york'), labelled('2 vCPU · 4 GiB'), labelled('sata'), labelled('Continue'), labelled('buster'), labelled('Generate'), last, labelled('Start it'), labelled('Create'));
  r.ui.script('input', name, '25');
}

describe('command: createServer', () => {
  const { h, rig } = useCommandRig();

  it('the whole wizard from a group node: one vm_create, shown Creating… at once, settles, says it is up, password once', async () => {
    const r = await rig();
    const seen: (string | undefined)[] = [];
    r.estate.onDidChange(() => seen.push(r.estate.servers().find((s) => s.vm.name === 'web3')?.pending));
    answerAll(r, 'web3');
    assert.equal(await createServer(r.ctx, groupNode(r, 'demo', 'web')), true);
    const s = h.sim.state.findServer('demo', 'web', 'web3')!;
    assert.equal(s.cores, 2);
    assert.equal(s.memory, 4096);
    assert.equal(s.zone_name, 'york');
    assert.deepEqual(s.discs.map((d) => [d.size, d.storage_grade]), [[25600, 'sata']]);
    assert.equal(s.lastReimage?.distribution, 'buster');
    assert.equal(s.power_on, true);
    assert.equal(h.sim.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/vm_create')).length, 1);
    assert.ok(seen.includes('creating'), 'shown as Creating… while it was built');
    assert.equal(r.estate.servers().find((x) => x.vm.name === 'web3')?.pending, undefined);
    // The group step was pre-filled with the node's group, and every step counted "(n/9)".
    const picks = r.ui.of('pick');
    assert.equal(picks[0]!.items[0]!.label, 'web');
    assert.deepEqual(picks.map((p) => p.opts.step?.total), picks.map(() => 9));
    const shown = r.ui.of('ask').find((a) => /Root password: \S{24}/.test(a.detail));
    assert.ok(shown, 'the generated password is shown once');
    assert.match(shown.message, /web3\.web\.demo is being created with Debian 10 \(64 bit\)/);
    const up = r.ui.of('notify').find((n) => /web3\.web\.demo is up/.test(n.message))!;
    assert.deepEqual(up.buttons, ['Open Serial Console', 'Copy IP Address']);
    assert.ok(!r.log.some((l) => l.includes(shown.detail.slice(15, 39))), 'the password never reaches the log');
  });

  it('Back returns to the step before, keeping what was chosen; the name is checked as typed', async () => {
    const r = await rig();
    r.ui.script('pick', first, first, labelled('york'), labelled('2 vCPU · 4 GiB'), labelled('sata'), labelled('Continue'));
    r.ui.script('pick', 'back'); // the image step: back to the discs menu
    r.ui.script('pick', labelled('Add another'), labelled('ssd'), labelled('Continue'), labelled('No image'), labelled('Create'));
    r.ui.script('input', 'back', 'db9', '25', '100', ''); // no installer CD-ROM
    assert.equal(await createServer(r.ctx, groupNode(r, 'demo', 'db')), true);
    const inputs = r.ui.of('input');
    assert.equal(inputs[0]!.opts.step?.index, 2);
    const validate = inputs[1]!.opts.validate!;
    assert.match(validate('db1') ?? '', /already has something called db1/);
    assert.match(validate('DB9') ?? '', /lower-case/);
    assert.match(validate('-db') ?? '', /hyphen/);
    assert.equal(validate('db9'), undefined);
    // Back from the name went to the group step again.
    assert.equal(r.ui.of('pick')[1]!.opts.step?.index, 1);
    const s = h.sim.state.findServer('demo', 'db', 'db9')!;
    assert.deepEqual(s.discs.map((d) => [d.size, d.storage_grade]), [[25600, 'sata'], [102400, 'ssd']]);
    assert.equal(s.power_on, false, 'no image: built and left off');
    assert.equal(s.lastReimage, undefined);
  });

  it('changing one line from the summary changes that line only: a custom size and a typed password are kept, then back to the summary', async () => {
    const r = await rig();
    const password = 'a-Long-typed-password-9';
    r.ui.script('pick', first, labelled('york'), labelled('Custom size'), labelled('sata'), labelled('Continue'), labelled('buster'), labelled('Type'), last, labelled('Start it'));
    r.ui.script('input', 'web7', '3', '1.5', '25', password, password);
    // The summary: change the name, then the size (Enter on the highlighted first row), then create.
    r.ui.script('pick', labelled('Name'));
    r.ui.script('input', 'web8');
    r.ui.script('pick', labelled('Size'), first, labelled('Create'));
    assert.equal(await createServer(r.ctx, groupNode(r, 'demo', 'web')), true);
    const s = h.sim.state.findServer('demo', 'web', 'web8')!;
    assert.equal(s.cores, 3, 'the custom size kept');
    assert.equal(s.memory, 1536);
    // Not asked again: a script with no answer left would have cancelled the wizard.
    const titles = r.ui.calls.filter((c) => c.kind === 'pick' || c.kind === 'input').map((c) => (c as { opts: { title?: string } }).opts.title);
    assert.deepEqual(titles.slice(-5), ['Create Server: summary', 'Create Server: name', 'Create Server: summary', 'Create Server: cores and memory', 'Create Server: summary']);
  });

  it('a refused value reopens the step at fault with everything entered; corrected, the server is created', async () => {
    const r = await rig();
    h.sim.faults.failNext({ method: 'POST', path: /vm_create/, status: 400, body: '{"name":["is reserved"]}', contentType: 'application/json' });
    answerAll(r, 'web5');
    // Reopened at the name, which is corrected; straight back to the summary, then Create.
    r.ui.script('input', 'web6');
    r.ui.script('pick', labelled('Create'));
    assert.equal(await createServer(r.ctx, groupNode(r, 'demo', 'web')), true);
    assertSaid(r, /Name is reserved/);
    const name = r.ui.of('input').at(-1)!;
    assert.equal(name.opts.title, 'Create Server: name');
    assert.equal(name.opts.value, 'web5', 'what was entered is there to correct');
    const s = h.sim.state.findServer('demo', 'web', 'web6')!;
    assert.equal(s.cores, 2, 'the rest kept');
    assert.equal(s.zone_name, 'york');
    assert.equal(h.sim.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/vm_create')).length, 2);
  });

  it('Escape anywhere sends nothing', async () => {
    const r = await rig();
    r.ui.script('pick', first, labelled('york'));
    r.ui.script('input', 'web3');
    assert.equal(await createServer(r.ctx, groupNode(r, 'demo', 'web')), undefined);
    assertNoWrites(h);
  });

  it('a read-only user is refused before the first step, told which privilege is missing; a 400 names the field as the prompt did', async () => {
    const viewer = await rig({ user: 'viewer' });
    answerAll(viewer, 'web3');
    // Refused before the first step, naming what is missing; from the palette (no group) as well.
    assert.equal(await createServer(viewer.ctx, groupNode(viewer, 'demo', 'web')), undefined);
    assertSaid(viewer, /You cannot create a server in web\.demo: it needs the group administrator privilege on web\.demo/);
    assert.equal(await createServer(viewer.ctx), undefined);
    assertSaid(viewer, /Your privileges do not allow creating a server in any group: it needs the group administrator privilege/);
    assert.equal(viewer.ui.of('pick').length + viewer.ui.of('input').length, 0, 'not one step asked');
    assertNoWrites(h);

    const r = await rig();
    h.sim.faults.failNext({ method: 'POST', path: /vm_create/, status: 400, body: '{"zone_name":["is not included in the list"],"discs":[{"storage_grade":["is not included in the list"]}]}', contentType: 'application/json' });
    answerAll(r, 'web4');
    assert.equal(await createServer(r.ctx, groupNode(r, 'demo', 'web')), false);
    assertSaid(r, /Zone is not included in the list/);
    assertSaid(r, /Disc 1 storage grade is not included/);
  });
});

describe('wizard runner', () => {
  it('walks forward, back, skips in the direction of travel, and a jump returns to where it came from', async () => {
    const trail: number[] = [];
    const answers: Record<number, (string | number)[]> = { 1: ['next', 'next', 'next'], 2: ['next', 'skip', 'next'], 3: ['back', 1, 'next'] };
    const steps: Step<object>[] = [1, 2, 3].map((n) => async (_s, at) => {
      trail.push(at.index);
      assert.equal(at.total, 3);
      return answers[n]!.shift() as 'next';
    });
    // 1 → 2 → 3, Back → 2 does not apply (skip, still going back) → 1 → 2 → 3 → jump to 1 → back at 3.
    assert.equal(await runWizard({}, steps), true);
    assert.deepEqual(trail, [1, 2, 3, 2, 1, 2, 3, 1, 3]);
  });

  it('after a jump, asks on the way back only the steps the change left unanswered; Back on the changed step returns too', async () => {
    const trail: number[] = [];
    const state = { image: false, password: true };
    const summary = [2, 1, 4, 'next'];
    const four = ['next', 'back'];
    const steps: Step<typeof state>[] = [
      async () => (trail.push(1), 'next'),
      // Choosing an image leaves the root password to be asked.
      async (s) => (trail.push(2), (s.image = true), (s.password = false), 'next'),
      async (s) => (trail.push(3), (s.password = true), 'next'),
      async () => (trail.push(4), four.shift() as 'next'),
      async () => (trail.push(5), summary.shift() as 'next'),
    ];
    const answered = (i: number, s: typeof state) => (i === 2 ? !s.image || s.password : true);
    assert.equal(await runWizard(state, steps, { answered }), true);
    // First pass; step 2 changed (3 is open again, 4 is not); step 1 changed (nothing open); step 4, Back.
    assert.deepEqual(trail, [1, 2, 3, 4, 5, 2, 3, 5, 1, 5, 4, 5]);
  });

  it('from a step: starts there and returns to the last step, as a jump from it would', async () => {
    const trail: number[] = [];
    const steps: Step<object>[] = [1, 2, 3, 4].map((n) => async () => (trail.push(n), 'next'));
    assert.equal(await runWizard({}, steps, { from: 2 }), true);
    assert.deepEqual(trail, [2, 4]);
  });
});
