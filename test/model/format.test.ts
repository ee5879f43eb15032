import assert from 'node:assert/strict';
import { discCount, groupCount, keyCount, serverCount } from '../../src/model/counts';
import { statusBarText } from '../../src/model/format';
import { countServers, countsDescription, formatDiscSize, formatMemory, primaryIp, specSummary } from '../../src/model/format';
import { vm } from '../estate/fixtures';

describe('tree formatting', () => {
  it('memory in the unit a user thinks in', () => {
    assert.equal(formatMemory(512), '512 MiB');
    assert.equal(formatMemory(1024), '1 GiB');
    assert.equal(formatMemory(1536), '1.5 GiB');
    assert.equal(formatMemory(4096), '4 GiB');
    assert.equal(formatMemory(65536), '64 GiB');
  });

  it('disc sizes in GiB', () => {
    assert.equal(formatDiscSize(25600), '25 GiB');
    assert.equal(formatDiscSize(35840), '35 GiB');
    assert.equal(formatDiscSize(666666), '651.0 GiB');
  });

  it('the primary IP is the first IPv4 across NICs', () => {
    const v = vm({
      name: 'x',
      network_interfaces: [
        { id: 1, ips: ['2001:41c8::1'], extra_ips: {} },
        { id: 2, ips: ['10.1.1.1', '10.1.1.2'], extra_ips: {} },
      ],
    });
    assert.equal(primaryIp(v), '10.1.1.1');
    assert.equal(specSummary(v), '10.1.1.1 · 2 vCPU · 4 GiB');
  });

  it('counts: servers exclude deleted ones, which are listed separately', () => {
    const c = countServers([
      vm({ name: 'a', power_on: true }),
      vm({ name: 'b', power_on: false }),
      vm({ name: 'c', power_on: true }),
      vm({ name: 'd', power_on: true, deleted: true }),
    ]);
    assert.deepEqual(c, { servers: 3, running: 2, deleted: 1 });
    assert.equal(countsDescription(c), '3 servers · 2 running · 1 deleted');
    assert.equal(countsDescription({ servers: 1, running: 0, deleted: 0 }), '1 server · 0 running');
    assert.equal(countsDescription({ servers: 0, running: 0, deleted: 0 }), '');
  });
});

describe('model/counts: counted nouns in words', () => {
  it('one is singular, any other number plural, never "(s)"', () => {
    assert.deepEqual([0, 1, 2].map(serverCount), ['0 servers', '1 server', '2 servers']);
    assert.deepEqual([discCount(1), discCount(8), groupCount(1), groupCount(3), keyCount(1), keyCount(2)], ['1 disc', '8 discs', '1 group', '3 groups', '1 key', '2 keys']);
  });
});

describe('model/format: status-bar text', () => {
  it('short messages stay whole; long ones end at a word with an ellipsis, never mid-word', () => {
    assert.equal(statusBarText('$(check) Restarted web1.web.demo.'), '$(check) Restarted web1.web.demo.');
    const long = '$(check) Added disc data (30 GiB ssd) to staging.web.demo. The server sees it when it starts, and more words here.';
    const short = statusBarText(long, 60);
    assert.ok(short.length <= 61, short);
    assert.ok(short.endsWith('…'));
    const kept = short.slice(0, -1);
    assert.ok(long.startsWith(kept), 'a beginning of the message');
    assert.match(long.charAt(kept.length), /[\s.,]/, `cut between words: ${JSON.stringify(short)}`);
    assert.equal(statusBarText('line one\nline two'), 'line one line two');
  });
});
