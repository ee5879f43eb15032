import assert from 'node:assert/strict';
import { isTransitional, observedState, type PendingAction } from '../../src/model/serverState';
import { serverTooltipMarkdown, serverView as serverState } from '../../src/model/serverView';
import { vm } from '../estate/fixtures';

describe('serverView', () => {
  describe('observed state from the power flags', () => {
    const cases: Array<[boolean, boolean, boolean, string]> = [
      // power_on, autoreboot_on, deleted → state
      [true, true, false, 'running'],
      [true, false, false, 'running'],
      [false, false, false, 'stopped'],
      [false, true, false, 'restarting'],
      [true, true, true, 'deleted'],
      [false, false, true, 'deleted'],
      [false, true, true, 'deleted'],
      [true, false, true, 'deleted'],
    ];
    for (const [power_on, autoreboot_on, deleted, expected] of cases) {
      it(`power_on=${power_on} autoreboot_on=${autoreboot_on} deleted=${deleted} → ${expected}`, () => {
        assert.equal(observedState({ power_on, autoreboot_on, deleted }), expected);
        assert.equal(isTransitional({ power_on, autoreboot_on, deleted }), expected === 'restarting');
      });
    }
  });

  it('running: vm-running, green, server.running, spec as description', () => {
    const v = serverState(vm({ name: 'web1', power_on: true }));
    assert.deepEqual(
      { state: v.state, icon: v.icon, color: v.color, description: v.description, changing: v.changing },
      { state: 'running', icon: 'vm-running', color: 'charts.green', description: '46.43.1.2 · 2 vCPU · 4 GiB', changing: false },
    );
  });

  it('stopped: outline icon, dimmed, says Stopped', () => {
    const v = serverState(vm({ name: 'web1', power_on: false, autoreboot_on: false }));
    assert.equal(v.icon, 'vm-outline');
    assert.equal(v.color, 'disabledForeground');
    assert.match(v.contextValue, /^server\.stopped:/);
    assert.equal(v.description, 'Stopped · 46.43.1.2 · 2 vCPU · 4 GiB');
  });

  it('deleted: trash icon and server.deleted, whatever the power flags', () => {
    const v = serverState(vm({ name: 'old', power_on: true, deleted: true }));
    assert.equal(v.icon, 'trash');
    assert.match(v.contextValue, /^server\.deleted:/);
    assert.match(v.description, /^Deleted · /);
  });

  it('powered off with autoreboot on is restarting (the brain powers it back on)', () => {
    const v = serverState(vm({ name: 'web1', power_on: false, autoreboot_on: true }));
    assert.equal(v.state, 'restarting');
    assert.equal(v.icon, 'sync~spin');
    assert.equal(v.color, 'charts.yellow');
    assert.match(v.contextValue, /^server\.restarting:/);
    assert.equal(v.description, 'Restarting… · 46.43.1.2 · 2 vCPU · 4 GiB');
  });

  const pendings: Array<[PendingAction, string, string]> = [
    ['starting', 'loading~spin', 'Starting…'],
    ['stopping', 'loading~spin', 'Stopping…'],
    ['restarting', 'sync~spin', 'Restarting…'],
    ['shutting-down', 'loading~spin', 'Shutting down…'],
    ['resetting', 'sync~spin', 'Resetting…'],
    ['reimaging', 'loading~spin', 'Reimaging…'],
    ['deleting', 'loading~spin', 'Deleting…'],
    ['restoring', 'loading~spin', 'Restoring…'],
  ];
  for (const [pending, icon, word] of pendings) {
    for (const flags of [
      { power_on: true, autoreboot_on: true, deleted: false },
      { power_on: false, autoreboot_on: false, deleted: false },
      { power_on: false, autoreboot_on: false, deleted: true },
    ]) {
      it(`a pending ${pending} wins over observed ${observedState(flags)}`, () => {
        const v = serverState(vm({ name: 'x', ...flags }), pending);
        assert.equal(v.state, pending);
        assert.equal(v.icon, icon);
        assert.equal(v.color, 'charts.yellow');
        assert.match(v.contextValue, new RegExp(`^server\\.${pending}:`));
        assert.equal(v.changing, true);
        assert.ok(v.description.startsWith(`${word} · `), v.description);
      });
    }
  }

  it('a server without NICs still gets cores and memory', () => {
    const v = serverState(vm({ name: 'bare', network_interfaces: [] }));
    assert.equal(v.description, '2 vCPU · 4 GiB');
  });

  it('falls back to IPv6 when there is no IPv4', () => {
    const v = serverState(vm({ name: 'v6', network_interfaces: [{ id: 1, ips: ['2001:41c8::9'], extra_ips: {} }] }));
    assert.equal(v.description, '2001:41c8::9 · 2 vCPU · 4 GiB');
  });

  describe('tooltip', () => {
    it('lists everything a user checks before acting', () => {
      const md = serverTooltipMarkdown(
        vm({
          name: 'db1',
          cores: 4,
          memory: 8192,
          hardware_profile_locked: true,
          cdrom_url: 'https://example.com/x.iso',
          discs: [
            { id: 1, label: 'vda', size: 25600, storage_grade: 'sata' },
            { id: 2, label: 'vdb', size: 204800, storage_grade: 'archive' },
          ],
          network_interfaces: [{ id: 3, ips: ['46.43.1.2', '2001:41c8::2'], extra_ips: { '46.43.1.9': '46.43.1.2' } }],
        }),
      );
      // Read as rendered: escapes, code span backticks and bold markers taken away.
      const shown = md.replace(/\\([!-/:-@[-`{-~])|[`*]/g, '$1');
      assert.ok(md.startsWith('**db1** — Running'), md);
      for (const expected of [
        'Hostname: db1.default.demo.uk0.bigv.io',
        'Zone: york',
        'Head: head1',
        'Hardware profile: virtio2013 (locked)',
        'Last image: buster',
        'Size: 4 vCPU · 8 GiB',
        'Discs: vda 25 GiB sata, vdb 200 GiB archive',
        'IPv4: 46.43.1.2',
        'IPv6: 2001:41c8::2',
        'Extra IPs: 46.43.1.9',
        'Management address: 10.0.0.1',
        'CD-ROM: https://example.com/x.iso',
      ]) {
        assert.ok(shown.includes(expected), `missing ${expected} in:\n${shown}`);
      }
      assert.ok(md.includes('Hostname\\: `db1.default.demo.uk0.bigv.io`'), 'hostnames and addresses in code spans');
      assert.ok(md.includes('CD\\-ROM\\: https\\:\\/\\/example\\.com\\/x\\.iso'), 'a URL with every punctuation escaped, so it is no link');
    });

    it('shows the pending state and escapes Markdown in names', () => {
      const md = serverTooltipMarkdown(vm({ name: 'a*b[c](d)' }), 'stopping');
      assert.ok(md.startsWith('**a\\*b\\[c\\]\\(d\\)** — Stopping…'), md);
    });

    it('API strings cannot become links: hostnames and addresses that could close a code span are escaped', () => {
      const evil = 'x` [Click](https://evil.example) `y';
      const md = serverTooltipMarkdown(vm({ name: 'x', hostname: evil, management_address: evil, network_interfaces: [{ id: 1, ips: [evil], extra_ips: { [evil]: evil } }] }));
      assert.ok(!md.includes('[Click](https'), md);
      assert.ok(md.includes('\\[Click\\]\\(https'), md);
    });

    it('leaves out rows the API did not give', () => {
      const md = serverTooltipMarkdown(vm({ name: 'x', cdrom_url: null, head: null, zone_name: null, network_interfaces: [] }));
      assert.ok(!md.includes('CD-ROM'));
      assert.ok(!md.includes('Head:'));
      assert.ok(!md.includes('IPv4'));
    });
  });
});
