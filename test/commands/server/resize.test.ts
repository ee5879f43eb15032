import assert from 'node:assert/strict';
import { resize } from '../../../src/commands/server/resize';
import { useCommandRig } from '../../support/commandHarness';
import { labelled } from './manage';
import { assertNoWrites, assertSaid, runOnNode } from './power';

describe('command: resize', () => {
  const { h, rig } = useCommandRig();

  it('more for a running server: one PUT, no power cycle, the current size shown', async () => {
    const r = await rig();
    assert.equal(await runOnNode(r, resize, 'web1', (x) => x.ui.script('pick', labelled('16 vCPU'))), true);
    const s = h.sim.state.findServer('demo', 'web', 'web1')!;
    assert.deepEqual([s.cores, s.memory, s.power_on], [16, 65536, true]);
    assert.equal(s.signals.length, 0);
    assert.match(r.ui.of('pick')[0]!.opts.title!, /Resize web1\.web\.demo: now 2 vCPU · 2 GiB/);
    assertSaid(r, /Resized web1\.web\.demo to 16 vCPU · 64 GiB/);
    assert.equal(r.node('web1').vm.cores, 16, 'the tree shows the new size');
  });

  it('less for a running server: "Shut Down, Resize and Start" as one action', async () => {
    const r = await rig();
    await r.brain.servers.resize({ account: 'demo', group: 'web', server: 'web1' }, { cores: 4, memory: 8192 });
    await r.ctx.refreshAll();
    const states: (string | undefined)[] = [];
    r.estate.onDidChange(() => states.push(r.node('web1').pending));
    const ok = await runOnNode(r, resize, 'web1', (x) => {
      x.ui.script('pick', labelled('1 vCPU · 2 GiB'));
      x.ui.script('ask', 'Shut Down, Resize and Start');
    });
    assert.equal(ok, true);
    const s = h.sim.state.findServer('demo', 'web', 'web1')!;
    assert.deepEqual([s.cores, s.memory, s.power_on], [1, 2048, true]);
    assert.equal(s.signals[0]?.signal, 'powerdown');
    assert.match(r.ui.of('ask')[0]!.message, /must be powered off to get fewer cores/);
    // "Resizing…" again once it is off (the power-off wait had ended it), until it is back.
    const shown = states.filter((x, i) => x !== states[i - 1]);
    assert.equal(shown[0], 'resizing');
    assert.ok(shown.lastIndexOf('resizing') > 0, `states: ${JSON.stringify(shown)}`);
  });

  it('a custom size is checked as typed; Escape at the question sends nothing', async () => {
    const r = await rig();
    await r.brain.servers.resize({ account: 'demo', group: 'web', server: 'web1' }, { cores: 4, memory: 8192 });
    await r.ctx.refreshAll();
    h.sim.requests.length = 0;
    r.ui.script('pick', labelled('Custom'));
    r.ui.script('input', '2', '3.5');
    assert.equal(await resize(r.ctx, r.node('web1')), undefined); // the power question is not answered
    const [cores, memory] = r.ui.of('input');
    assert.match(cores!.opts.validate!('17') ?? '', /1 to 16/);
    assert.match(memory!.opts.validate!('1.1') ?? '', /steps of 0.25/);
    assert.equal(memory!.opts.validate!('3.5'), undefined);
    assertNoWrites(h);
  });

  it('a read-only user hears which privilege is missing, and nothing stays pending', async () => {
    const r = await rig({ user: 'viewer' });
    assert.equal(await runOnNode(r, resize, 'web1', (x) => x.ui.script('pick', labelled('16 vCPU'))), false);
    assertSaid(r, /Resizing web1\.web\.demo to 16 vCPU · 64 GiB failed: you can see this but not change it: it needs the server administrator privilege/);
    assert.equal(r.node('web1').pending, undefined);
  });
});
