import assert from 'node:assert/strict';
import { autorebootOff } from '../../../src/commands/server/autorebootOff';
import { autorebootOn } from '../../../src/commands/server/autorebootOn';
import { setHardwareProfile } from '../../../src/commands/server/setHardwareProfile';
import { setKeymap } from '../../../src/commands/server/setKeymap';
import { can } from '../../../src/model/serverState';
import { useCommandRig } from '../../support/commandHarness';
import { labelled } from './manage';
import { assertNoWrites, assertSaid, runOnNode } from './power';

describe('commands: hardware profile, keymap, automatic restart', () => {
  const { h, rig } = useCommandRig();
  const web2 = () => h.sim.state.findServer('demo', 'web', 'web2')!;

  it('hardware profile: a new one from the definitions, then the lock', async () => {
    const r = await rig();
    assert.equal(await runOnNode(r, setHardwareProfile, 'web2', (x) => x.ui.script('pick', labelled('virtio2018'))), true);
    assert.equal(web2().hardware_profile, 'virtio2018');
    assert.equal(await runOnNode(r, setHardwareProfile, 'web2', (x) => x.ui.script('pick', labelled('Lock'))), true);
    assert.equal(web2().hardware_profile_locked, true);
    assert.ok(r.ui.of('pick')[1]!.items.some((i) => i.label.includes('Unlock') === false && i.label.includes('Lock')));
    assert.ok(r.ui.of('pick').length === 2);
  });

  it('keymap: from the definitions, Default resets it; Escape sends nothing', async () => {
    const r = await rig();
    assert.equal(await runOnNode(r, setKeymap, 'web2', (x) => x.ui.script('pick', labelled('British English'))), true);
    assert.equal(web2().keymap, 'en-gb');
    assertSaid(r, /now uses the British English keymap/);
    // Named and in the order of their names, each with its code to type.
    const items = r.ui.of('pick').at(-1)!.items.slice(1);
    assert.deepEqual(items.map((i) => i.label), [...items.map((i) => i.label)].sort((a, b) => a.localeCompare(b)));
    assert.ok(items.some((i) => i.label === 'Swiss High German' && i.description === 'de-ch'));
    h.sim.requests.length = 0;
    assert.equal(await runOnNode(r, setKeymap, 'web2'), undefined);
    assertNoWrites(h);
  });

  it('automatic restart: only the switch that changes something is offered', async () => {
    const r = await rig();
    assert.equal(can('autorebootOn', r.node('web2').vm), false);
    assert.equal(await runOnNode(r, autorebootOff, 'web2'), true);
    assert.equal(web2().autoreboot_on, false);
    assert.equal(web2().power_on, true, 'still running');
    assert.equal(can('autorebootOff', r.node('web2').vm), false);
    assert.equal(await runOnNode(r, autorebootOn, 'web2'), true);
    assert.equal(web2().autoreboot_on, true);
  });

  it('a failure is reported with the reason', async () => {
    const r = await rig();
    h.sim.faults.failNext({ method: 'PUT', path: /virtual_machines/, status: 400, body: '{"keymap":["is not included in the list"]}', contentType: 'application/json' });
    assert.equal(await runOnNode(r, setKeymap, 'web2', (x) => x.ui.script('pick', labelled('British English'))), false);
    assertSaid(r, /Keymap is not included in the list/);
  });
});
