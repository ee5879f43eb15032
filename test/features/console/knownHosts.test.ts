import assert from 'node:assert/strict';
import { createHmac, randomBytes } from 'node:crypto';
import {
  checkHostKey,
  fingerprint,
  hostKeyName,
  hostsFieldMatches,
  keyTypeOf,
  knownHostsLine,
  parseKnownHosts,
} from '../../../src/features/console/ssh/knownHosts';

function blob(type: string, body: string): Buffer {
  const t = Buffer.from(type);
  const b = Buffer.from(body);
  const out = Buffer.alloc(8 + t.length + b.length);
  out.writeUInt32BE(t.length, 0);
  t.copy(out, 4);
  out.writeUInt32BE(b.length, 4 + t.length);
  b.copy(out, 8 + t.length);
  return out;
}

function hashed(name: string): string {
  const salt = randomBytes(20);
  return `|1|${salt.toString('base64')}|${createHmac('sha1', salt).update(name).digest('base64')}`;
}

const KEY = blob('ssh-ed25519', 'the right key');
const OTHER = blob('ssh-ed25519', 'another key');
const RSA = blob('ssh-rsa', 'an rsa key');

describe('console: known_hosts', () => {
  it('names non-standard ports the way ssh does', () => {
    assert.equal(hostKeyName('10.0.0.1', 22), '10.0.0.1');
    assert.equal(hostKeyName('10.0.0.1', 2222), '[10.0.0.1]:2222');
    assert.equal(hostKeyName('2001:db8::1', 2222), '[2001:db8::1]:2222');
  });

  it('reads the key type from the blob and prints an OpenSSH-style SHA256 fingerprint', () => {
    assert.equal(keyTypeOf(KEY), 'ssh-ed25519');
    assert.match(fingerprint(KEY), /^SHA256:[A-Za-z0-9+/]{43}$/);
  });

  it('matches plain, wildcard, negated and hashed host fields', () => {
    assert.ok(hostsFieldMatches('a.example,10.0.0.1', '10.0.0.1'));
    assert.ok(hostsFieldMatches('10.0.0.*', '10.0.0.9'));
    assert.ok(!hostsFieldMatches('10.0.0.*,!10.0.0.9', '10.0.0.9'));
    assert.ok(!hostsFieldMatches('10.0.0.1', '10.0.0.10'));
    assert.ok(hostsFieldMatches(hashed('[127.0.0.1]:2222'), '[127.0.0.1]:2222'));
    assert.ok(!hostsFieldMatches(hashed('[127.0.0.1]:2222'), '127.0.0.1'));
    assert.ok(!hostsFieldMatches('|1|bad', '127.0.0.1'));
  });

  it('says known, unknown, changed or revoked', () => {
    const text = [
      '# comment',
      '',
      `10.0.0.1 ssh-ed25519 ${KEY.toString('base64')} root@there`,
      `${hashed('[10.0.0.2]:2222')} ssh-ed25519 ${OTHER.toString('base64')}`,
      `10.0.0.3 ssh-rsa ${RSA.toString('base64')}`,
      `@cert-authority * ssh-ed25519 ${OTHER.toString('base64')}`,
      'garbage line',
    ].join('\n');
    const entries = parseKnownHosts(text);
    assert.equal(entries.length, 4);
    assert.deepEqual(checkHostKey(entries, '10.0.0.1', 22, KEY), { status: 'known' });
    assert.deepEqual(checkHostKey(entries, '10.0.0.1', 2222, KEY), { status: 'unknown' }, 'another port is another host');
    assert.deepEqual(checkHostKey(entries, '10.0.0.2', 2222, KEY), { status: 'changed', line: 4 });
    assert.deepEqual(checkHostKey(entries, '10.0.0.2', 2222, OTHER), { status: 'known' });
    // Only an RSA key on file: an ed25519 key is new, not a changed key (as OpenSSH sees it).
    assert.deepEqual(checkHostKey(entries, '10.0.0.3', 22, KEY), { status: 'unknown' });
    assert.deepEqual(checkHostKey(entries, '10.0.0.9', 22, OTHER), { status: 'unknown' }, '@cert-authority lines are not host keys');
    const revoked = parseKnownHosts(`@revoked * ssh-ed25519 ${KEY.toString('base64')}\n10.0.0.1 ssh-ed25519 ${KEY.toString('base64')}`);
    assert.deepEqual(checkHostKey(revoked, '10.0.0.1', 22, KEY), { status: 'revoked', line: 1 });
  });

  it('writes a line that reads back as known', () => {
    const line = knownHostsLine('127.0.0.1', 2222, KEY);
    assert.match(line, /^\[127\.0\.0\.1\]:2222 ssh-ed25519 /);
    assert.deepEqual(checkHostKey(parseKnownHosts(line), '127.0.0.1', 2222, KEY), { status: 'known' });
  });
});
