// A whole customer journey over HTTP, through the extension's own client, against the simulator:
// every step is checked by reading the state back through the API (and, where the API cannot
// show it, through the simulator's state).
import assert from 'node:assert/strict';
import { BadRequestError, ForbiddenError, NotFoundError, type ServerRef, type VirtualMachine } from '../../src/api';
import { rejection, useSimulator } from './helpers';

const KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJourneyJourneyJourneyJourneyJourneyJourney0 journey@test';

async function until<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('api: a customer journey over HTTP', () => {
  const h = useSimulator();

  it('group → server with two discs → resize, rename, CD, disc, backup, IP, key, privilege, move → purge → delete group', async () => {
    const { brain } = await h.signedIn('demo');
    const demo = { account: 'demo' };

    // 1. a group
    const group = await brain.groups.create(demo, 'journey');
    assert.equal(group?.name, 'journey');
    assert.ok((await brain.groups.list(demo)).some((g) => g.name === 'journey'));

    // 2. a server with two discs, imaged and started once built
    const created = await brain.servers.create({ account: 'demo', group: 'journey' }, {
      virtual_machine: { name: 'trip', cores: 1, memory: 1024, autoreboot_on: true, zone_name: 'york' },
      discs: [
        { label: 'root', size: 25600, storage_grade: 'sata', backup_schedules: [{ start_at: '2026-12-01 00:00:00', interval_seconds: 604800, capacity: 1 }] },
        { label: 'data', size: 51200, storage_grade: 'archive' },
      ],
      reimage: { distribution: 'buster', root_password: 'Journey-root-pw-1', ssh_public_key: KEY },
    });
    assert.equal(created?.name, 'trip');
    let ref: ServerRef = { account: 'demo', group: 'journey', server: 'trip' };

    // 3. it powers on by itself
    let vm: VirtualMachine = await until('trip to power on', () => brain.getServer(ref), (v) => v.power_on);
    assert.equal(vm.last_imaged_with, 'buster');
    assert.deepEqual(vm.discs?.map((d) => [d.label, d.size, d.storage_grade]), [['root', 25600, 'sata'], ['data', 51200, 'archive']]);
    assert.equal(vm.discs?.[0]?.backup_schedules?.[0]?.interval_seconds, 604800);

    // 4. resize
    await brain.servers.resize(ref, { cores: 2, memory: 2048 });
    vm = await brain.getServer(ref);
    assert.deepEqual([vm.cores, vm.memory], [2, 2048]);

    // 5. rename
    await brain.servers.rename(ref, 'voyage');
    ref = { ...ref, server: 'voyage' };
    vm = await brain.getServer(ref);
    assert.equal(vm.hostname, 'voyage.journey.demo.uk0.bigv.io');

    // 6. CD-ROM in and out
    const iso = 'https://mirror.example.com/rescue.iso';
    await brain.servers.setCdrom(ref, iso);
    assert.equal((await brain.getServer(ref)).cdrom_url, iso);
    await brain.servers.setCdrom(ref, null);
    assert.equal((await brain.getServer(ref)).cdrom_url, null);

    // 7. add a disc and grow it (shrinking is refused)
    await brain.discs.create(ref, { label: 'scratch', size: 10240 });
    await brain.discs.resize({ ...ref, disc: 'scratch' }, 20480);
    assert.equal((await brain.discs.get({ ...ref, disc: 'scratch' })).size, 20480);
    const shrink = await rejection(brain.discs.resize({ ...ref, disc: 'scratch' }, 10240));
    assert.ok(shrink instanceof BadRequestError && shrink.problems.size, String(shrink));
    assert.equal((await brain.discs.list(ref)).length, 3);

    // 8. back up and restore (the server stopped first)
    const root = { ...ref, disc: 'root' };
    const backup = await brain.backups.create(root);
    assert.ok(backup && backup.parent_disc_id === vm.discs![0]!.id);
    assert.deepEqual((await brain.backups.list(root)).map((b) => b.id), [backup.id]);
    assert.equal((await brain.discs.get(root)).backup_count, 1);
    await brain.servers.update(ref, { power_on: false, autoreboot_on: false });
    await brain.backups.restore(root, backup.id);
    assert.equal(h.sim.state.findServer('demo', 'journey', 'voyage')!.discs[0]!.lastRestore?.backupId, backup.id);

    // 9. an extra IP with reverse DNS
    const [ip] = await brain.network.addIps(ref, { addresses: 1, reason: 'customer journey test' });
    assert.ok(ip);
    const nic = (await brain.getServer(ref)).network_interfaces![0]!;
    assert.equal(nic.extra_ips[ip], nic.ips[0]);
    await brain.network.setRdns(ip, 'voyage.example.com');
    assert.equal((await brain.network.getIp(ip)).rdns, 'voyage.example.com');

    // 10. an SSH key
    await brain.users.addAuthorizedKey('demo', KEY);
    assert.ok((await brain.users.authorizedKeys('demo')).includes(KEY));

    // 11. grant and revoke a privilege: viewer may then change the server, and then not
    const { brain: viewer } = await h.signedIn('viewer');
    assert.ok((await rejection(viewer.servers.setKeymap(ref, 'de'))) instanceof ForbiddenError);
    const priv = await brain.privileges.grant('viewer', { level: 'vm_admin', virtual_machine_id: vm.id });
    assert.ok(priv);
    assert.ok((await brain.privileges.on(ref)).some((p) => p.id === priv.id && p.username === 'viewer'));
    await viewer.servers.setKeymap(ref, 'de');
    assert.equal((await brain.getServer(ref)).keymap, 'de');
    await brain.privileges.revoke(priv.id);
    assert.ok(!(await brain.privileges.forUser('viewer')).some((p) => p.id === priv.id));
    assert.ok((await rejection(viewer.servers.setKeymap(ref, 'fr'))) instanceof ForbiddenError);

    // 12. move it to another group (it is stopped)
    const other = await brain.groups.create(demo, 'journey-two');
    await brain.servers.move(ref, other!.id);
    ref = { ...ref, group: 'journey-two' };
    vm = await brain.getServer(ref);
    assert.deepEqual([vm.group_id, vm.hostname], [other!.id, 'voyage.journey-two.demo.uk0.bigv.io']);
    assert.deepEqual((await brain.groups.get({ account: 'demo', group: 'journey' })).virtual_machines, []);

    // 13. purge it: gone, its IPs back in the pool
    await brain.deleteServer(ref, { purge: true });
    assert.ok((await rejection(brain.getServer(ref))) instanceof NotFoundError);
    assert.ok((await rejection(brain.network.getIp(ip))) instanceof NotFoundError);

    // 14. delete both groups
    await brain.groups.delete({ account: 'demo', group: 'journey' });
    await brain.groups.delete({ account: 'demo', group: 'journey-two' });
    const names = (await brain.groups.list(demo)).map((g) => g.name);
    assert.ok(!names.includes('journey') && !names.includes('journey-two'), names.join(','));
  });
});
