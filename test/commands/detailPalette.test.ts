// From the Command Palette the row commands ask for a server, then one of its rows.
import assert from 'node:assert/strict';
import { restoreBackup } from '../../src/commands/backup/restoreBackup';
import { resizeDisc } from '../../src/commands/disc/resizeDisc';
import { copyIp } from '../../src/commands/network/copyIp';
import { useCommandRig } from '../support/commandHarness';
import { assertSaid } from './server/power';

describe('row commands from the palette', () => {
  const { h, rig } = useCommandRig();

  it('Resize Disc: pick the server, then the disc', async () => {
    const r = await rig();
    r.ui.pickLabel('staging').pickLabel('disc-1').script('input', '30');
    assert.equal(await resizeDisc(r.ctx), true);
    assert.equal(h.sim.state.findServer('demo', 'web', 'staging')!.discs[0]!.size, 30 * 1024);
    assert.match(r.ui.of('pick')[1]!.items.map((i) => `${i.label} ${i.description}`).join(), /disc-1 25 GiB · sata/);
  });

  it('Restore Backup: the backups are read to be offered; the state model still refuses a running server', async () => {
    const r = await rig();
    r.ui.pickLabel('db1').script('pick', (c) => (c.kind === 'pick' ? c.items[0] : undefined));
    assert.equal(await restoreBackup(r.ctx), undefined);
    assertSaid(r, /Power the server off first/);
    assert.ok(h.sim.requests.some((q) => q.method === 'GET' && /\/discs\/\d+\/backups$/.test(q.path)));
  });

  it('Copy an address: a server without the kind of row says so; cancel at the server pick does nothing', async () => {
    const r = await rig();
    assert.equal(await copyIp(r.ctx), undefined);
    r.ui.pickLabel('web1').script('pick', (c) => (c.kind === 'pick' ? c.items[0] : undefined));
    const ip = await copyIp(r.ctx);
    assert.equal(ip, h.sim.state.findServer('demo', 'web', 'web1')!.network_interfaces[0]!.ips[0]);
  });
});
