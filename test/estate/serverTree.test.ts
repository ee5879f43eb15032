// The rows under a server: built from the overview (no requests), the same objects across
// reloads, changes reported; backups and reverse DNS read once on expand and forgotten on refresh;
// the user's privileges decide where writes are offered.
import assert from 'node:assert/strict';
import type { Privilege } from '../../src/api/resourceSchemas';
import { DetailLoader } from '../../src/estate/details';
import { Estate } from '../../src/estate/estate';
import type { BackupsNode, DiscNode, EstateNode, IpNode, NetworkNode } from '../../src/estate/nodes';
import { WriteAccess } from '../../src/estate/writeAccess';
import { account, vm } from './fixtures';

function load(estate: Estate, size = 25600, extra: Record<string, string> = {}) {
  estate.replace([account(1, 'demo', [{ id: 10, name: 'g', vms: [vm({ id: 7, name: 'x', discs: [{ id: 70, label: 'root', size, storage_grade: 'ssd', backup_schedules: [{ id: 5, start_at: '2026-01-01 00:00:00', interval_seconds: 86400 }] }, { id: 71, label: 'data', size: 1024, storage_grade: 'sata' }], network_interfaces: [{ id: 3, ips: ['46.43.1.2'], extra_ips: extra }] })] }])], false);
}

describe('rows under a server', () => {
  it('Discs and Network; discs with their Backups row and schedules; the root disc marked', () => {
    const estate = new Estate();
    load(estate);
    const server = estate.server(7)!;
    const [discs, network] = estate.children(server);
    assert.deepEqual([discs!.kind, network!.kind], ['discs', 'network']);
    const rows = estate.children(discs) as DiscNode[];
    assert.deepEqual(rows.map((d) => [d.disc.label, d.root]), [['root', true], ['data', false]]);
    assert.deepEqual(estate.children(rows[0]).map((n) => n.kind), ['backups', 'schedule']);
    assert.deepEqual((estate.children(network) as IpNode[]).map((i) => [i.ip, i.family, i.primary]), [['46.43.1.2', 'ipv4', true]]);
    assert.equal(estate.parentOf(rows[0]!), discs);
  });

  it('a reload keeps every row object and reports the server whose discs changed', () => {
    const estate = new Estate();
    load(estate);
    const server = estate.server(7)!;
    const disc = estate.children(estate.children(server)[0])[0] as DiscNode;
    const changes: (readonly EstateNode[] | undefined)[] = [];
    estate.onDidChange((c) => changes.push(c));
    load(estate, 51200, { '46.43.9.9': '46.43.1.2' });
    assert.deepEqual(changes.at(-1)?.map((n) => n.id), ['server:7']);
    const again = estate.children(estate.children(server)[0])[0] as DiscNode;
    assert.equal(again, disc);
    assert.equal(again.disc.size, 51200);
    assert.deepEqual((estate.children(estate.children(server)[1]) as IpNode[]).map((i) => i.family), ['ipv4', 'extra']);
  });

  it('backups and reverse DNS are read once when expanded, and again after a refresh', async () => {
    const estate = new Estate();
    load(estate, 25600, { '46.43.9.9': '46.43.1.2' });
    const calls: string[] = [];
    const brain = {
      backups: { list: async () => (calls.push('backups'), [{ id: 1, label: 'backup-1', created_at: '2026-01-01T00:00:00Z', size: 25600 }]) },
      network: { getIp: async (ip: string) => (calls.push(`ip ${ip}`), { address: ip, rdns: ip === '46.43.9.9' ? 'x.example.com' : null }) },
      privileges: { list: async () => [] },
    };
    const session = { brain, requireBrain: async () => brain, epoch: { current: 1 }, handleUnauthorized: async () => 'expired' as const } as never;
    const loader = new DetailLoader({ session, estate, log: { info: () => undefined, warn: () => undefined }, username: () => 'demo' });
    const server = estate.server(7)!;
    const [discs, network] = estate.children(server) as [EstateNode, NetworkNode];
    const backups = estate.children(estate.children(discs)[0])[0] as BackupsNode;
    await Promise.all([loader.load(backups), loader.load(backups), loader.load(network)]);
    await loader.load(network);
    assert.deepEqual(calls.sort(), ['backups', 'ip 46.43.1.2', 'ip 46.43.9.9']);
    assert.equal(estate.children(backups).length, 1);
    assert.equal(network.rdns?.get('46.43.9.9'), 'x.example.com');
    const changes: (readonly EstateNode[] | undefined)[] = [];
    estate.onDidChange((c) => changes.push(c));
    load(estate, 25600, { '46.43.9.9': '46.43.1.2' });
    assert.equal(network.rdns, undefined, 'a refresh forgets');
    assert.ok(changes.at(-1)?.some((n) => n === network), 'and the expanded row is asked again');
    await loader.load(network);
    assert.equal(calls.length, 5);
  });

  it('write access: account, group and server admins may write; vm_console, others\' and API-key privileges do not count', () => {
    const estate = new Estate();
    load(estate);
    const server = estate.server(7)!;
    const p = (over: Partial<Privilege>): Privilege => ({ id: 1, username: 'me', level: 'account_admin', ...over });
    assert.equal(WriteAccess.unknown.mayWrite(server), true);
    assert.equal(WriteAccess.of([], 'me').mayWrite(server), false);
    assert.equal(WriteAccess.of([p({ account_id: 1 })], 'me').mayWrite(server), true);
    assert.equal(WriteAccess.of([p({ level: 'group_admin', group_id: 10 })], 'me').mayWrite(server), true);
    assert.equal(WriteAccess.of([p({ level: 'vm_admin', virtual_machine_id: 7 })], 'me').mayWrite(server), true);
    assert.equal(WriteAccess.of([p({ level: 'vm_console', virtual_machine_id: 7 })], 'me').mayWrite(server), false);
    assert.equal(WriteAccess.of([p({ account_id: 1, username: 'other' })], 'me').mayWrite(server), false);
    assert.equal(WriteAccess.of([p({ account_id: 1, api_key_id: 3 })], 'me').mayWrite(server), false);
  });
});
