// Servers' health: read only for servers shown expanded or selected, when it is on, running ones,
// a few at a time, at most every few minutes; shown as a Health row under the server (numbers,
// the full-disc flag, or a quiet "unavailable") that is there only then.
import assert from 'node:assert/strict';
import { Estate } from '../../src/estate/estate';
import { HEALTH_CONCURRENCY, HEALTH_MAX_AGE_MS, HealthWatch } from '../../src/estate/health';
import type { HealthNode, ServerNode } from '../../src/estate/nodes';
import { healthRow } from '../../src/estate/rows/health';
import { parseHealth, type HealthResult } from '../../src/model/health';
import { serverHealthWords } from '../../src/model/healthView';
import { debianHealth } from '../support/healthText';
import { account, vm } from './fixtures';

function estateOf(n: number): Estate {
  const estate = new Estate();
  const vms = Array.from({ length: n }, (_, i) => vm({ id: i + 1, name: `web${i + 1}`, power_on: i !== n - 1 || n === 1, network_interfaces: [{ id: i, ips: [`127.0.1.${10 + i}`], extra_ips: {} }] }));
  estate.replace([account(1, 'demo', [{ id: 10, name: 'g', vms }])], false);
  return estate;
}

function harness(o: { enabled?: boolean; result?: (s: ServerNode) => HealthResult; estate?: Estate } = {}) {
  let enabled = o.enabled ?? true;
  let now = 1_000_000;
  let active = 0;
  let most = 0;
  const reads: string[] = [];
  const changed: Array<string[] | undefined> = [];
  const release: Array<() => void> = [];
  let hold = false;
  const watch = new HealthWatch({
    enabled: () => enabled,
    now: () => now,
    ...(o.estate ? { alive: (s: ServerNode) => o.estate!.server(s.vm.id) === s } : {}),
    changed: (servers) => changed.push(servers?.map((s) => s.vm.name)),
    read: async (server) => {
      reads.push(server.vm.name);
      active++;
      most = Math.max(most, active);
      if (hold) await new Promise<void>((r) => release.push(r));
      else await new Promise((r) => setTimeout(r, 1));
      active--;
      return o.result?.(server) ?? parseHealth(debianHealth({ rootPercent: server.vm.name === 'web2' ? 95 : 63 }));
    },
  });
  return {
    watch, reads, changed, release,
    get most() { return most; },
    hold(h: boolean) { hold = h; },
    advance(ms: number) { now += ms; },
    setEnabled(e: boolean) { enabled = e; },
  };
}

const settle = () => new Promise((r) => setTimeout(r, 30));

describe('estate/health: when health is read, and its row', () => {
  it('off (the default): nothing is read and no Health row', async () => {
    const estate = estateOf(1);
    const h = harness({ enabled: false });
    const server = estate.server(1)!;
    h.watch.shown(server);
    await settle();
    assert.deepEqual(h.reads, []);
    assert.deepEqual(estate.children(server).map((n) => n.kind), ['discs', 'network']);
  });

  it('an expanded running server: read once, its Health row first with numbers; the full disc flags the server', async () => {
    const estate = estateOf(3);
    const h = harness();
    const web2 = estate.server(2)!;
    h.watch.shown(web2);
    assert.deepEqual(estate.children(web2).map((n) => n.kind), ['health', 'discs', 'network']);
    const row = estate.children(web2)[0] as HealthNode;
    assert.equal(healthRow.look(row, web2).description, 'reading…');
    await h.watch.tick();
    await settle();
    assert.deepEqual(h.reads, ['web2']);
    const look = healthRow.look(row, web2);
    assert.equal(look.description, '⚠ disc full (/) · load 0.12 · mem 41 % · / 95 %');
    assert.equal(look.icon, 'warning');
    assert.ok(look.tooltip!.some((l) => l === '/srv: 3 % used of 49.0 GiB (/dev/vdb1)'));
    assert.deepEqual(serverHealthWords(web2.health), { flag: 'disc full (/)', line: 'Health: disc full (/) · load 0.12 · mem 41 % · / 95 %' });
    assert.deepEqual(h.changed.at(-1), ['web2']);
    // Not again within the few minutes, again after.
    h.watch.shown(web2);
    await h.watch.tick();
    assert.deepEqual(h.reads, ['web2']);
    h.advance(HEALTH_MAX_AGE_MS);
    await h.watch.tick();
    await settle();
    assert.deepEqual(h.reads, ['web2', 'web2']);
  });

  it('collapsed, not selected or stopped: not read', async () => {
    const estate = estateOf(3);
    const h = harness();
    const [web1, , web3] = [estate.server(1)!, estate.server(2)!, estate.server(3)!];
    h.watch.expanded(web1, true);
    h.watch.expanded(web1, false);
    h.watch.shown(web3); // stopped
    await settle();
    h.advance(HEALTH_MAX_AGE_MS);
    await h.watch.tick();
    await settle();
    assert.deepEqual(h.reads, ['web1']);
    assert.deepEqual(estate.children(web3).map((n) => n.kind), ['discs', 'network']);
  });

  it('signed out (the estate cleared): a server once shown is not read again', async () => {
    const estate = estateOf(1);
    const h = harness({ estate });
    h.watch.shown(estate.server(1)!);
    await h.watch.tick();
    await settle();
    estate.clear();
    h.advance(HEALTH_MAX_AGE_MS);
    await h.watch.tick();
    await settle();
    assert.deepEqual(h.reads, ['web1']);
  });

  it('a selection of many: a few at a time', async () => {
    const estate = estateOf(12);
    const h = harness();
    h.hold(true);
    h.watch.selected(Array.from({ length: 11 }, (_, i) => estate.server(i + 1)!));
    await settle();
    assert.equal(h.reads.length, HEALTH_CONCURRENCY);
    while (h.reads.length < 11 || h.release.length) {
      h.release.shift()?.();
      await settle();
    }
    assert.equal(h.most, HEALTH_CONCURRENCY);
    assert.equal(new Set(h.reads).size, 11);
  });

  it('a failure is a quiet row; turning it off forgets the readings and redraws', async () => {
    const estate = estateOf(1);
    const h = harness({ result: () => ({ ok: false, reason: 'host key not yet trusted — open an SSH terminal once' }) });
    const web1 = estate.server(1)!;
    h.watch.shown(web1);
    await h.watch.tick();
    await settle();
    const look = healthRow.look(estate.children(web1)[0] as HealthNode, web1);
    assert.equal(look.description, 'unavailable: host key not yet trusted — open an SSH terminal once');
    assert.equal(serverHealthWords(web1.health).flag, undefined);
    h.setEnabled(false);
    h.watch.settingChanged();
    assert.equal(web1.health, undefined);
    assert.equal(h.changed.at(-1), undefined);
    assert.deepEqual(estate.children(web1).map((n) => n.kind), ['discs', 'network']);
  });
});
