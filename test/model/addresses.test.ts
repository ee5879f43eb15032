import assert from 'node:assert/strict';
import { serverAddresses } from '../../src/model/addresses';
import { useSimulator } from '../api/helpers';

describe('commands/flows/addresses', () => {
  const h = useSimulator();

  it('lists a real server\'s addresses, primary IPv4 first, then IPv6, then extra IPs', async () => {
    const { brain } = await h.signedIn();
    const vm = await brain.getServer({ account: 'demo', group: 'db', server: 'db1' });
    const list = serverAddresses(vm);
    const nic = vm.network_interfaces![0];
    assert.equal(list[0].primary, true);
    assert.equal(list[0].kind, 'ipv4');
    assert.equal(list[0].ip, nic.ips.find((ip) => ip.includes('.')));
    assert.ok(list.filter((a) => a.primary).length === 1);
    const kinds = list.map((a) => a.kind);
    assert.deepEqual(kinds, [...kinds].sort((a, b) => ['ipv4', 'ipv6', 'extra'].indexOf(a) - ['ipv4', 'ipv6', 'extra'].indexOf(b)));
    const extra = list.filter((a) => a.kind === 'extra');
    assert.deepEqual(extra.map((a) => a.ip).sort(), ['46.43.9.20', '46.43.9.21']);
    assert.ok(extra.every((a) => a.routedVia === list[0].ip));
  });

  it('copes with no NICs at all', () => {
    assert.deepEqual(serverAddresses({ network_interfaces: undefined }), []);
    assert.deepEqual(serverAddresses({ network_interfaces: [] }), []);
  });
});
