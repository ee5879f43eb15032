import assert from 'node:assert/strict';
import { addIps } from '../../../src/commands/network/addIps';
import { copyIp } from '../../../src/commands/network/copyIp';
import { removeIp } from '../../../src/commands/network/removeIp';
import { setRdns } from '../../../src/commands/network/setRdns';
import { swapIps } from '../../../src/commands/network/swapIps';
import { useCommandRig } from '../../support/commandHarness';
import { assertNoWrites, assertSaid } from '../server/power';
import { ipRow, networkRow } from '../detailRows';

describe('commands: addresses', () => {
  const { h, rig } = useCommandRig();
  const nic = (group: string, name: string) => h.sim.state.findServer('demo', group, name)!.network_interfaces[0]!;

  it('Add IP Addresses: how many and why; the new one shows under Network', async () => {
    const r = await rig();
    r.ui.script('input', '2', 'a second TLS site');
    const added = await addIps(r.ctx, networkRow(r, 'web2'));
    assert.ok(Array.isArray(added) && added.length === 2);
    assert.deepEqual(Object.keys(nic('web', 'web2').extra_ips).sort(), [...(added as string[])].sort());
    assert.ok(ipRow(r, 'web2', (added as string[])[0]!));
    const [count, reason] = r.ui.of('input');
    assert.match(count!.opts.validate!('5')!, /Between 1 and 4/);
    assert.match(reason!.opts.validate!('  ')!, /why/);
    // Enter on the empty box is held with the reason, not taken as a silent Cancel.
    assert.match(reason!.opts.validate!('')!, /Say why the addresses are needed/);
  });

  it('Add IP Addresses: cancel writes nothing; a refusal is said', async () => {
    const r = await rig();
    assert.equal(await addIps(r.ctx, networkRow(r, 'web2')), undefined);
    assertNoWrites(h);
    h.sim.faults.failNext({ method: 'POST', path: /ip_create/, status: 400, body: '{"reason":["is required"]}' });
    r.ui.script('input', '1', 'x');
    assert.equal(await addIps(r.ctx, networkRow(r, 'web2')), false);
    assertSaid(r, /Could not add IP addresses to web2\.web\.demo: .*Reason is required/s);
  });

  it('Set Reverse DNS: validated host name, then shown beside the address', async () => {
    const r = await rig();
    const ip = nic('web', 'web1').ips[0]!;
    const row = ipRow(r, 'web1', ip);
    r.ui.script('input', 'shop.demo.example.com');
    assert.equal(await setRdns(r.ctx, row), true);
    assert.equal(h.sim.state.rdns.get(ip), 'shop.demo.example.com');
    const v = r.ui.of('input')[0]!.opts.validate!;
    assert.match(v('localhost')!, /full host name/);
    assert.match(v('-bad.example.com')!, /dashes/);
    assert.equal(v('ok.example.com'), undefined);
  });

  it('Copy puts the address on the clipboard', async () => {
    const r = await rig();
    const ip = nic('web', 'web1').ips[0]!;
    assert.equal(await copyIp(r.ctx, ipRow(r, 'web1', ip)), ip);
    assert.deepEqual(r.ui.of('copy').map((c) => c.text), [ip]);
  });

  it('Remove Extra IP asks; a primary address is refused in words', async () => {
    const r = await rig();
    const primary = nic('db', 'db1').ips[0]!;
    assert.equal(await removeIp(r.ctx, ipRow(r, 'db1', primary)), undefined);
    assertSaid(r, /Only extra IP addresses can be removed/);
    const extra = Object.keys(nic('db', 'db1').extra_ips)[0]!;
    assert.equal(await removeIp(r.ctx, ipRow(r, 'db1', extra)), undefined);
    assertNoWrites(h);
    r.ui.script('ask', 'Remove');
    assert.equal(await removeIp(r.ctx, ipRow(r, 'db1', extra)), true);
    assert.ok(!(extra in nic('db', 'db1').extra_ips));
  });

  it('Swap IPs with another stopped server', async () => {
    const r = await rig();
    const before = [nic('web', 'staging').ips[0], nic('default', 'scratch').ips[0]];
    r.ui.pickLabel('scratch').script('ask', 'Swap Primary Only');
    assert.equal(await swapIps(r.ctx, networkRow(r, 'staging')), true);
    assert.deepEqual([nic('web', 'staging').ips[0], nic('default', 'scratch').ips[0]], [before[1], before[0]]);
    assert.equal(await swapIps(r.ctx, networkRow(r, 'web1')), undefined);
    assertSaid(r, /Power the server off first/);
  });
});
