import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import {
  checkHostKey,
  fingerprint,
  hostKeyName,
  hostsFieldMatches,
  keyTypeOf,
  knownHostsLine,
  knownKeyTypes,
  parseKnownHosts,
} from '../../../src/features/console/ssh/knownHosts';

const run = promisify(execFile);

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
    const changed = checkHostKey(entries, '10.0.0.2', 2222, KEY);
    assert.equal(changed.status, 'changed');
    assert.deepEqual(changed.status === 'changed' && changed.known.map((e) => e.line), [4]);
    assert.deepEqual(checkHostKey(entries, '10.0.0.2', 2222, OTHER), { status: 'known' });
    assert.deepEqual(checkHostKey(entries, '10.0.0.9', 22, OTHER), { status: 'unknown' }, '@cert-authority lines are not host keys');
    const revoked = parseKnownHosts(`@revoked * ssh-ed25519 ${KEY.toString('base64')}\n10.0.0.1 ssh-ed25519 ${KEY.toString('base64')}`);
    const r = checkHostKey(revoked, '10.0.0.1', 22, KEY);
    assert.equal(r.status === 'revoked' && r.entry.line, 1);
  });

  it('writes a line that reads back as known', () => {
    const line = knownHostsLine('127.0.0.1', 2222, KEY);
    assert.match(line, /^\[127\.0\.0\.1\]:2222 ssh-ed25519 /);
    assert.deepEqual(checkHostKey(parseKnownHosts(line), '127.0.0.1', 2222, KEY), { status: 'known' });
  });
});

describe('console: known_hosts, the OpenSSH rules for trust', () => {
  it('a key of another type on file means a different key is already known, not a new host', () => {
    const entries = parseKnownHosts(`10.0.0.3 ssh-rsa ${RSA.toString('base64')}\n`, '/kh');
    const result = checkHostKey(entries, '10.0.0.3', 22, KEY);
    assert.equal(result.status, 'changed');
    assert.deepEqual(result.status === 'changed' && result.known.map((e) => [e.file, e.line, e.keyType]), [['/kh', 1, 'ssh-rsa']]);
    assert.deepEqual(knownKeyTypes(entries, '10.0.0.3', 22), ['ssh-rsa']);
    assert.deepEqual(knownKeyTypes(entries, '10.0.0.4', 22), []);
  });

  it('@cert-authority lines are not keys of the host: they neither match nor make another key "changed"', () => {
    const entries = parseKnownHosts(`@cert-authority 10.0.0.3 ssh-rsa ${RSA.toString('base64')}\n@cert-authority * ssh-ed25519 ${KEY.toString('base64')}`);
    assert.deepEqual(checkHostKey(entries, '10.0.0.3', 22, KEY), { status: 'unknown' });
    assert.deepEqual(knownKeyTypes(entries, '10.0.0.3', 22), []);
  });

  it('a revoked key is revoked whatever else is on file, in a hashed line or not', () => {
    const entries = parseKnownHosts(`10.0.0.1 ssh-ed25519 ${KEY.toString('base64')}\n@revoked ${hashed('10.0.0.1')} ssh-ed25519 ${KEY.toString('base64')}`);
    const r = checkHostKey(entries, '10.0.0.1', 22, KEY);
    assert.equal(r.status === 'revoked' && r.entry.line, 2);
  });

  it('matches host names as OpenSSH does, lowercased, also in hashed lines', () => {
    // ssh lowercases the name before looking it up; ssh-keygen -H hashes what was written.
    const entries = parseKnownHosts(`${hashed('2001:db8::ab')} ssh-ed25519 ${KEY.toString('base64')}\n${hashed('[2001:db8::cd]:2222')} ssh-ed25519 ${KEY.toString('base64')}`);
    assert.deepEqual(checkHostKey(entries, '2001:DB8::AB', 22, KEY), { status: 'known' });
    assert.deepEqual(checkHostKey(entries, '2001:Db8::Cd', 2222, KEY), { status: 'known' });
    assert.deepEqual(checkHostKey(parseKnownHosts(`Web1.Example ssh-ed25519 ${KEY.toString('base64')}`), 'WEB1.example', 22, KEY), { status: 'known' });
  });

  it('writes a hashed line (|1|salt|hash) when asked, which names no host in clear', () => {
    const line = knownHostsLine('2001:DB8::1', 2222, KEY, true);
    const [field, type, key] = line.split(' ');
    assert.match(field!, /^\|1\|[A-Za-z0-9+/]{27}=\|[A-Za-z0-9+/]{27}=$/);
    assert.equal(type, 'ssh-ed25519');
    assert.equal(key, KEY.toString('base64'));
    assert.doesNotMatch(line, /2001|db8/i);
    assert.deepEqual(checkHostKey(parseKnownHosts(line), '2001:db8::1', 2222, KEY), { status: 'known' });
    assert.notEqual(knownHostsLine('h', 22, KEY, true), knownHostsLine('h', 22, KEY, true), 'a fresh salt each time');
    assert.equal(knownHostsLine('Web1.EXAMPLE', 22, KEY), `web1.example ssh-ed25519 ${KEY.toString('base64')}`);
  });

  it('property: a line we write, hashed or not, is found for every case variant of the name, and by ssh-keygen -F', async function () {
    this.timeout(60_000);
    const keygen = await run('ssh-keygen', ['-?']).then(() => true, (e: { code?: unknown }) => e.code !== 'ENOENT');
    const dir = await mkdtemp(path.join(tmpdir(), 'bigv-kh-'));
    let asked = 0;
    try {
      const label = fc.stringMatching(/^[a-zA-Z0-9]([a-zA-Z0-9-]{0,10}[a-zA-Z0-9])?$/);
      const hostname = fc.oneof(
        fc.array(label, { minLength: 1, maxLength: 4 }).map((ls) => ls.join('.')),
        fc.ipV4(),
        fc.ipV6().map((ip) => ip.toUpperCase()),
      );
      const variant = (name: string, flips: boolean[]): string => [...name].map((ch, i) => (flips[i % flips.length] ? ch.toUpperCase() : ch.toLowerCase())).join('');
      await fc.assert(
        fc.asyncProperty(hostname, fc.integer({ min: 1, max: 65535 }), fc.boolean(), fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), async (host, port, hash, flips) => {
          const line = knownHostsLine(host, port, KEY, hash);
          const other = variant(host, flips);
          assert.deepEqual(checkHostKey(parseKnownHosts(line), other, port, KEY), { status: 'known' });
          assert.deepEqual(checkHostKey(parseKnownHosts(line), other, port === 22 ? 2222 : 22, KEY), { status: 'unknown' });
          if (!keygen || asked >= 40) return;
          asked++;
          const file = path.join(dir, `kh${asked}`);
          await writeFile(file, `${line}\n`);
          // ssh looks up the lowercased name; ssh-keygen -F takes it as given.
          const found = await run('ssh-keygen', ['-F', hostKeyName(other.toLowerCase(), port), '-f', file]).then(() => true, () => false);
          assert.ok(found, `ssh-keygen -F ${hostKeyName(other.toLowerCase(), port)} finds ${line}`);
        }),
        { numRuns: 300 },
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
