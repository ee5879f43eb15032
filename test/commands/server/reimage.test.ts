import assert from 'node:assert/strict';
import { reimage } from '../../../src/commands/server/reimage';
import { useCommandRig } from '../../support/commandHarness';
import { assertNoWrites, assertSaid } from './power';

describe('command: reimage', () => {
  const { h, rig } = useCommandRig();
  const answers = (r: Awaited<ReturnType<typeof rig>>, confirm: string) =>
    r.ui
      .pickLabel('buster')
      .script('pick', (c) => (c.kind === 'pick' ? c.items[0] : undefined)) // generate a password
      .script('pick', (c) => (c.kind === 'pick' ? c.items.at(-1) : undefined)) // no SSH key
      .script('pick', (c) => (c.kind === 'pick' ? c.items[0] : undefined)) // no first-boot script
      .script('input', confirm);

  it('a running server: shuts it down, reimages, and shows the generated password once', async () => {
    const r = await rig();
    r.ui.script('ask', 'Shut Down First');
    answers(r, 'web1');
    assert.equal(await reimage(r.ctx, r.node('web1')), true);
    await r.settled();
    const s = h.sim.state.findServer('demo', 'web', 'web1')!;
    assert.equal(s.signals[0]?.signal, 'powerdown');
    assert.equal(s.lastReimage?.distribution, 'buster');
    const shown = r.ui.of('ask').at(-1)!;
    assert.match(shown.detail, /Root password: \S{24}\n/);
    assert.equal(shown.opts?.closeLabel, 'Close');
    assert.ok(!r.log.some((l) => l.includes(shown.detail.split('\n')[0]!.slice('Root password: '.length))), 'the password never reaches the log');
  });

  it('a read-only user: the palette offers no server to reimage and says which privilege is missing, before any step; a stale row is refused the same way', async () => {
    const r = await rig({ user: 'viewer' });
    answers(r, 'web1');
    assert.equal(await reimage(r.ctx), undefined);
    assertSaid(r, /Your privileges allow no changes to the servers this applies to: it needs the server administrator privilege/);
    assert.equal(r.ui.of('pick').length, 0, 'not even the server pick');
    assert.equal(await reimage(r.ctx, r.node('web1')), undefined);
    assertSaid(r, /Your privileges do not allow changes to web1\.web\.demo: it needs the server administrator privilege/);
    assert.equal(r.ui.of('pick').length + r.ui.of('input').length, 0, 'not one step asked');
    assertNoWrites(h);
  });

  it('a mistyped name cannot be accepted, and Escape there sends nothing', async () => {
    const r = await rig();
    r.ui.pickLabel('buster').script('pick', (c) => (c.kind === 'pick' ? c.items[0] : undefined), (c) => (c.kind === 'pick' ? c.items.at(-1) : undefined), (c) => (c.kind === 'pick' ? c.items[0] : undefined));
    assert.equal(await reimage(r.ctx, r.node('staging')), undefined);
    const confirm = r.ui.of('input').at(-1)!;
    assert.match(confirm.opts.validate!('stagin') ?? '', /Type staging exactly/);
    assertNoWrites(h);
  });

  it('a refusal from the API is reported and nothing is left pending', async () => {
    const r = await rig();
    h.sim.faults.failNext({ method: 'POST', path: /reimage/, status: 403 });
    answers(r, 'staging');
    assert.equal(await reimage(r.ctx, r.node('staging')), false);
    await r.settled();
    assertSaid(r, /Reimaging staging\.web\.demo failed/);
  });
});
