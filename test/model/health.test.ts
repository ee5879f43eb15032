import assert from 'node:assert/strict';
import fc from 'fast-check';
import { HEALTH_COMMAND, parseHealth, type Health } from '../../src/model/health';
import { healthFlag, healthSummary, healthTooltip } from '../../src/model/healthView';
import { alpineHealth, centos6Health, debianHealth, ubuntuHealth } from '../support/healthText';

function ok(text: string): Health {
  const r = parseHealth(text);
  if (!r.ok) assert.fail(`unreadable: ${r.reason}`);
  return r.health;
}

describe('model/health: load, memory, discs and uptime from one command over SSH', () => {
  it('the command only reads (cat, df, echo): nothing is installed or changed on the server', () => {
    for (const word of HEALTH_COMMAND.split(/[;\s]+/)) assert.doesNotMatch(word, /^(rm|apt|yum|apk|curl|wget|sudo|tee|>|>>)$/);
    assert.match(HEALTH_COMMAND, /\/proc\/loadavg/);
    assert.match(HEALTH_COMMAND, /\/proc\/meminfo/);
    assert.match(HEALTH_COMMAND, /df -P/);
    assert.match(HEALTH_COMMAND, /\/proc\/uptime/);
  });

  it('Debian 12: every figure, tmpfs and /run left out', () => {
    const h = ok(debianHealth());
    assert.deepEqual(h.load, [0.12, 0.08, 0.05]);
    assert.equal(h.memory.totalKiB, 2_030_000);
    assert.equal(h.memory.availableKiB, 1_197_700);
    assert.equal(h.memory.usedPercent, 41);
    assert.deepEqual(h.mounts.map((m) => [m.mount, m.usedPercent]), [['/', 63], ['/srv', 3]]);
    assert.equal(h.uptimeSeconds, 1234567.89);
    assert.deepEqual(h.fullMounts, []);
    assert.equal(h.memoryExhausted, false);
    assert.equal(healthSummary(h), 'load 0.12 · mem 41 % · / 63 %');
    assert.equal(healthFlag(h), undefined);
  });

  it('a disc over 90 % is flagged, 90 % itself is not', () => {
    assert.deepEqual(ok(debianHealth({ rootPercent: 95 })).fullMounts, ['/']);
    assert.deepEqual(ok(debianHealth({ rootPercent: 90 })).fullMounts, []);
    assert.equal(healthFlag(ok(debianHealth({ rootPercent: 95 }))), 'disc full (/)');
  });

  it('Ubuntu: snap loop images (always 100 %) are not discs, /boot/efi is', () => {
    const h = ok(ubuntuHealth);
    assert.deepEqual(h.mounts.map((m) => m.mount), ['/', '/boot/efi']);
    assert.deepEqual(h.fullMounts, []);
    assert.equal(h.uptimeSeconds, 86400);
  });

  it('CentOS 6: no MemAvailable, so MemFree + Buffers + Cached; LVM names', () => {
    const h = ok(centos6Health);
    assert.equal(h.memory.availableKiB, 412000 + 40000 + 300000);
    assert.equal(h.memory.usedPercent, Math.round(((1020176 - 752000) / 1020176) * 100));
    assert.deepEqual(h.mounts.map((m) => [m.filesystem, m.mount]), [['/dev/mapper/VolGroup-lv_root', '/'], ['/dev/vda1', '/boot']]);
  });

  it('Alpine (busybox df): a device name on a line of its own, a mount with no figures skipped; memory exhausted', () => {
    const h = ok(alpineHealth);
    assert.deepEqual(h.mounts.map((m) => [m.filesystem, m.mount, m.usedPercent]), [['/dev/disk/by-uuid/0f3c5e2a-4a5b-4c6d-8e9f-0a1b2c3d4e5f', '/', 94]]);
    assert.deepEqual(h.fullMounts, ['/']);
    assert.equal(h.memoryExhausted, true);
    assert.equal(healthFlag(h), 'disc full (/), memory exhausted');
    const tip = healthTooltip(h, new Date(0));
    assert.ok(tip.some((l) => l.startsWith('/: 94 % used')));
    assert.ok(tip.includes('Up 0 min'));
  });

  it('CRLF line ends, a login banner before the first section', () => {
    const h = ok(`Welcome to web1!\r\n${debianHealth().replace(/\n/g, '\r\n')}`);
    assert.equal(h.memory.usedPercent, 41);
  });

  it('a df that failed still gives load and memory; no uptime is not an error', () => {
    const text = debianHealth().replace(/==df==[\s\S]*==uptime==/, '==df==\ndf: cannot read table of mounted file systems\n==uptime==').replace(/==uptime==\n[^\n]*\n/, '==uptime==\n');
    const h = ok(text);
    assert.deepEqual(h.mounts, []);
    assert.equal(h.uptimeSeconds, undefined);
  });

  it('garbage: unreadable, with why', () => {
    const cases: Array<[unknown, RegExp]> = [
      ['', /sent nothing/],
      [undefined, /sent nothing/],
      ['This account is currently not available.\n', /not the answer of a Linux shell/],
      ['==loadavg==\ncat: /proc/loadavg: No such file or directory\n==meminfo==\n', /load average/],
      ['==loadavg==\n0.1 0.2 0.3 1/2 3\n==meminfo==\nMemTotal: lots\n', /memory/],
      ['==loadavg==\nNaN Infinity -1\n==meminfo==\nMemTotal: 100 kB\n', /load average/],
    ];
    for (const [text, why] of cases) {
      const r = parseHealth(text);
      assert.equal(r.ok, false, String(text));
      if (!r.ok) {
        assert.match(r.reason, /^unreadable: /);
        assert.match(r.reason, why);
      }
    }
  });

  it('arbitrary text never throws, and what it reads is in range', () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom('==loadavg==', '==meminfo==', '==df==', '==uptime==', 'MemTotal: 100 kB', 'MemAvailable: 200 kB', 'Filesystem 1024-blocks', '/dev/x 1 2 3 99% /', '\n', '\r\n'),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
      const r = parseHealth(parts.join('\n'));
      if (r.ok) {
        assert.ok(r.health.memory.availableKiB <= r.health.memory.totalKiB);
        assert.ok(r.health.memory.usedPercent >= 0 && r.health.memory.usedPercent <= 100);
        assert.equal(typeof healthSummary(r.health), 'string');
      } else assert.match(r.reason, /^unreadable: /);
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.anything(), (x) => {
      parseHealth(x);
    }));
  });
});
