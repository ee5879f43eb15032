// `--vms N`: a large estate for scale tests, spread over both of the demo user's accounts in
// groups of at most 100 servers, so trees and overviews are wide as well as long.
import type { State } from './state';
import type { SimAccount } from './types';

const PER_GROUP = 100;

export function generateServers(state: State, count: number, accountNames = ['demo', 'acme']): void {
  const accounts = accountNames
    .map((n) => state.accountByRef(n))
    .filter((a): a is SimAccount => a !== undefined);
  if (accounts.length === 0 || count <= 0) return;
  const groupCount = Math.ceil(count / PER_GROUP);
  const groups = Array.from({ length: groupCount }, (_, i) =>
    state.addGroup(accounts[i % accounts.length]!, `fleet-${String(i + 1).padStart(3, '0')}`));
  for (let i = 0; i < count; i++) {
    const n = i + 1;
    const on = n % 5 !== 0; // four in five running
    const york = n % 2 === 0;
    state.addServer(groups[Math.floor(i / PER_GROUP)]!, {
      name: `vm-${String(n).padStart(5, '0')}`,
      power_on: on,
      autoreboot_on: on,
      cores: 1 + (n % 4),
      memory: 1024 * (1 + (n % 4)),
      head: `head${(york ? 100 : 300) + (n % 40)}`,
      zone_name: york ? 'york' : 'manchester',
      management_address: `10.${(n >> 16) & 0xff}.${(n >> 8) & 0xff}.${n & 0xff}`,
      last_imaged_with: n % 3 === 0 ? 'buster' : 'stretch',
      discs: [{ label: 'disc-1', size: 25600, storage_grade: n % 4 === 0 ? 'ssd' : 'sata', storage_pool: `${york ? 'tail2' : 'tail8'}-sata${1 + (n % 4)}` }],
      nics: [{
        label: null,
        ips: [`10.${128 + ((n >> 16) & 0x7f)}.${(n >> 8) & 0xff}.${n & 0xff}`, `2001:41c9:2::${n.toString(16)}`],
        vlan_num: 1,
        mac: `fe:ff:01:${((n >> 16) & 0xff).toString(16).padStart(2, '0')}:${((n >> 8) & 0xff).toString(16).padStart(2, '0')}:${(n & 0xff).toString(16).padStart(2, '0')}`,
        extra_ips: {},
      }],
    });
  }
}
