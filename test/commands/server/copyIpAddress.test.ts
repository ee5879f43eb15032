import assert from 'node:assert/strict';
import { copyIpAddress } from '../../../src/commands/server/copyIpAddress';
import { useCommandRig } from '../../support/commandHarness';
import { assertFlashed, copied } from './copy';

describe('command: copyIpAddress', () => {
  const { rig } = useCommandRig();

  it('with several addresses, offers them primary first and copies the pick', async () => {
    const r = await rig();
    r.ui.script('pick', (c) => (c.kind === 'pick' ? c.items[1] : undefined));
    const ip = await copyIpAddress(r.ctx, r.node('db1'));
    const pick = r.ui.of('pick')[0]!;
    assert.match(pick.items[0]!.description ?? '', /^primary · IPv4/);
    assert.equal(ip, pick.items[1]!.label);
    assert.deepEqual(copied(r), [ip]);
    assertFlashed(r, String(ip));
  });

  it('Escape at the address list copies nothing', async () => {
    const r = await rig();
    assert.equal(await copyIpAddress(r.ctx, r.node('db1')), undefined);
    assert.deepEqual(copied(r), []);
  });

  it('a server with no addresses says so', async () => {
    const r = await rig();
    r.node('web1').vm.network_interfaces = [];
    assert.equal(await copyIpAddress(r.ctx, r.node('web1')), undefined);
    assert.ok(r.ui.said.some((s) => /has no IP addresses/.test(s)));
  });
});
