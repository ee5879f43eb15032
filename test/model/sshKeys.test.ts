import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { utils } from 'ssh2';
import { findPublicKeyFiles, parsePublicKey } from '../../src/model/sshKeys';

const ed = utils.generateKeyPairSync('ed25519', { comment: 'me@laptop' });
const ecdsa = utils.generateKeyPairSync('ecdsa', { bits: 256, comment: 'ec@laptop' });

function sshKeygenFingerprint(pub: string): string | undefined {
  const dir = mkdtempSync(path.join(tmpdir(), 'bigv-fp-'));
  try {
    writeFileSync(path.join(dir, 'k.pub'), pub + '\n');
    return execFileSync('ssh-keygen', ['-lf', path.join(dir, 'k.pub')], { encoding: 'utf8' }).split(' ')[1];
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('commands/flows/sshKeys', () => {
  it('parses real ed25519 and ecdsa public keys, with the fingerprint ssh-keygen prints', () => {
    for (const pub of [ed.public, ecdsa.public]) {
      const r = parsePublicKey(pub);
      assert.ok(r.ok, pub);
      assert.equal(r.key.line, pub.trim());
      const expected = sshKeygenFingerprint(pub);
      if (expected !== undefined) assert.equal(r.key.fingerprint, expected);
      else assert.match(r.key.fingerprint, /^SHA256:[A-Za-z0-9+/]{43}$/);
    }
    const r = parsePublicKey(ed.public);
    assert.ok(r.ok && r.key.type === 'ssh-ed25519' && r.key.comment === 'me@laptop');
  });

  it('refuses private keys, other text, damaged data and mismatched types', () => {
    assert.deepEqual(parsePublicKey(ed.private), { ok: false, problem: 'private-key' });
    assert.deepEqual(parsePublicKey(''), { ok: false, problem: 'empty' });
    assert.deepEqual(parsePublicKey('hello world'), { ok: false, problem: 'unknown-type' });
    assert.deepEqual(parsePublicKey('ssh-dss AAAAB3NzaC1kc3M= old'), { ok: false, problem: 'unknown-type' });
    const [, data] = ed.public.split(' ');
    assert.deepEqual(parsePublicKey(`ssh-ed25519 ${data.slice(0, 10)}!!`), { ok: false, problem: 'bad-encoding' });
    // A valid ed25519 blob labelled as RSA: the type inside the blob gives it away.
    assert.deepEqual(parsePublicKey(`ssh-rsa ${data}`), { ok: false, problem: 'bad-encoding' });
    assert.deepEqual(parsePublicKey(`${ed.public}\n${ecdsa.public}`), { ok: false, problem: 'several-lines' });
  });

  it('lists the .pub files that hold valid keys, ed25519 first, and ignores the rest', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bigv-ssh-'));
    try {
      writeFileSync(path.join(dir, 'a_ecdsa.pub'), ecdsa.public + '\n');
      writeFileSync(path.join(dir, 'b_ed25519.pub'), ed.public + '\n');
      writeFileSync(path.join(dir, 'b_ed25519'), ed.private);
      writeFileSync(path.join(dir, 'broken.pub'), 'not a key\n');
      writeFileSync(path.join(dir, 'two.pub'), `# team keys\n${ed.public}\n\n${ecdsa.public}\n`);
      mkdirSync(path.join(dir, 'dir.pub'));
      const files = await findPublicKeyFiles(dir);
      assert.deepEqual(files.map((f) => path.basename(f.path)), ['b_ed25519.pub', 'two.pub', 'a_ecdsa.pub']);
      assert.equal(files[1].keys.length, 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('treats a missing ~/.ssh as no keys', async () => {
    assert.deepEqual(await findPublicKeyFiles(path.join(tmpdir(), 'bigv-no-such-dir-' + process.pid)), []);
  });
});
