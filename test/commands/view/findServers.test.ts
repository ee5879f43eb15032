import assert from 'node:assert/strict';
import { filter } from '../../../src/commands/view/filter';
import { goToServer } from '../../../src/commands/view/goToServer';
import { MemoryProfiles } from '../../support/memoryProfiles';
import { visibleChildren } from '../../../src/estate/filtered';
import type { EstateNode } from '../../../src/estate/nodes';
import { pickTexts, shownRows } from '../../../src/interaction/pickFilter';
import { useCommandRig, type CommandRig } from '../../support/commandHarness';

function shownServers(r: CommandRig): string[] {
  const out: string[] = [];
  const walk = (n?: EstateNode): void => {
    for (const c of visibleChildren(r.estate, n, r.ctx.view.filter)) {
      if (c.kind === 'server') out.push(c.vm.name);
      else if (c.kind === 'account' || c.kind === 'group') walk(c);
    }
  };
  walk();
  return out.sort();
}

describe('commands: filter, goToServer', () => {
  const { rig } = useCommandRig();

  it('Filter by state shows only stopped servers, and the accounts/groups that hold them', async () => {
    const r = await rig();
    r.ui.pickLabel('$(vm-outline) Stopped');
    await filter(r.ctx);
    assert.deepEqual(shownServers(r), ['build', 'cache', 'scratch', 'staging', 'winbox']);
    assert.deepEqual(visibleChildren(r.estate, r.estate.accountNodes.find((a) => a.account.name === 'demo'), r.ctx.view.filter).map((n) => (n.kind === 'group' ? n.group.name : '')), ['default', 'web']);
  });

  it('Filter by text matches an IP address; a second choice combines with the first', async () => {
    const r = await rig();
    const ip = r.node('db1').vm.network_interfaces![0]!.ips[0]!;
    r.ui.script('pick', (c) => (c.kind === 'pick' ? c.items[0] : undefined)).script('input', ip);
    await filter(r.ctx);
    assert.deepEqual(shownServers(r), ['db1']);
    r.ui.pickLabel('$(vm-outline) Stopped');
    await filter(r.ctx);
    assert.deepEqual(shownServers(r), [], 'db1 is running');
  });

  it('Escape leaves the filter as it was; Clear removes it', async () => {
    const r = await rig();
    await filter(r.ctx);
    assert.equal(r.ctx.view.filter, undefined);
    r.ui.pickLabel('$(account) acme');
    await filter(r.ctx);
    assert.ok(shownServers(r).every((n) => ['build', 'dev', 'app1', 'app2', 'cache', 'files', 'winbox'].includes(n)));
    r.ui.pickLabel('$(clear-all) Clear the filter');
    await filter(r.ctx);
    assert.equal(shownServers(r).length, r.estate.servers().length);
  });

  it('Go to Server finds a server by hostname and reveals it', async () => {
    const r = await rig();
    const host = r.node('app2').vm.hostname!;
    r.ui.script('pick', (c) => (c.kind === 'pick' ? c.items.find((i) => (i.detail ?? '').includes(host)) : undefined));
    assert.equal(await goToServer(r.ctx), 'app2.prod.acme');
    assert.deepEqual(r.opened, ['reveal app2.prod.acme']);
  });

  it('Go to Server: the pick\'s own search finds a server by its IPv4 address, part of one, its hostname and name.group.account', async () => {
    const r = await rig();
    const vm = r.node('app2').vm;
    const ip = vm.network_interfaces![0]!.ips[0]!;
    for (const typed of [ip, ip.split('.').slice(2).join('.'), vm.hostname!, 'app2.prod.acme', 'app2.prod']) {
      // What the real pick shows for the typed text, and the row it highlights (Enter).
      r.ui.script('pick', (c) => {
        if (c.kind !== 'pick') return undefined;
        const s = shownRows(c.items, typed, (i) => pickTexts(i, c.opts));
        assert.deepEqual(s.rows.map((i) => i.label), ['app2'], typed);
        return s.first;
      });
      assert.equal(await goToServer(r.ctx), 'app2.prod.acme', typed);
    }
  });

  it('Go to Server searches every signed-in profile at once, naming each server\'s profile, and reveals it in its own', async () => {
    const profiles = new MemoryProfiles('demo', [{ id: 'client', name: 'Client', apiEndpoint: 'https://api.client.example', authEndpoint: 'https://auth.client.example', username: 'ops' }]);
    const r = await rig({ profiles });
    const servers = (await r.ctx.view.allServers())!;
    const revealed: string[] = [];
    profiles.everyServerFrom = async () => [
      { profile: profiles.list()[0]!, servers, reveal: async (t) => void revealed.push(`Bytemark Cloud ${t.fullName}`) },
      { profile: profiles.list()[1]!, servers: servers.filter((t) => t.vm.name === 'app2'), reveal: async (t) => void revealed.push(`Client ${t.fullName}`) },
    ];
    r.ui.script('pick', (c) => (c.kind === 'pick' ? c.items.find((i) => i.label === 'app2' && /Client$/.test(i.description ?? '')) : undefined));
    assert.equal(await goToServer(r.ctx), 'app2.prod.acme');
    const asked = r.ui.of('pick');
    assert.equal(asked.length, 1, 'no "Which profile?" first');
    assert.deepEqual(asked[0]!.items.filter((i) => i.label === 'app2').map((i) => i.description), ['prod.acme · Bytemark Cloud', 'prod.acme · Client']);
    assert.deepEqual(revealed, ['Client app2.prod.acme']);
  });

  it('Go to Server: Escape reveals nothing', async () => {
    const r = await rig();
    assert.equal(await goToServer(r.ctx), undefined);
    assert.deepEqual(r.opened, []);
  });
});
