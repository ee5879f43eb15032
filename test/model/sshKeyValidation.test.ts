// Issue 17, item 12: a public key is accepted only when its blob is a whole key of the declared
// type in the SSH wire format, and its comment holds only printable characters.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { utils } from 'ssh2';
import { parsePublicKey } from '../../src/model/sshKeys';

const SEED = 17_012;

const generated = [
  utils.generateKeyPairSync('ed25519'),
  utils.generateKeyPairSync('ecdsa', { bits: 256 }),
  utils.generateKeyPairSync('ecdsa', { bits: 384 }),
  utils.generateKeyPairSync('ecdsa', { bits: 521 }),
  utils.generateKeyPairSync('rsa', { bits: 2048 }),
].map((k) => {
  const [type, data] = k.public.trim().split(' ') as [string, string];
  return { type, blob: Buffer.from(data, 'base64') };
});

/** SSH wire strings, concatenated. */
function wire(...parts: Array<string | Buffer>): Buffer {
  return Buffer.concat(parts.flatMap((p) => {
    const b = typeof p === 'string' ? Buffer.from(p, 'latin1') : p;
    const len = Buffer.alloc(4);
    len.writeUInt32BE(b.length);
    return [len, b];
  }));
}

/** The fields after the type name of a generated key. */
function fieldsOf(blob: Buffer): Buffer {
  return blob.subarray(4 + blob.readUInt32BE(0));
}

const ed = generated[0]!;
const ec256 = generated[1]!;
/** Security-key variants, built as OpenSSH's PROTOCOL.u2f lays them out. */
const skKeys = [
  { type: 'sk-ssh-ed25519@openssh.com', blob: Buffer.concat([wire('sk-ssh-ed25519@openssh.com'), fieldsOf(ed.blob), wire('ssh:')]) },
  { type: 'sk-ecdsa-sha2-nistp256@openssh.com', blob: Buffer.concat([wire('sk-ecdsa-sha2-nistp256@openssh.com'), fieldsOf(ec256.blob), wire('ssh:')]) },
];
const allKeys = [...generated, ...skKeys];

const line = (k: { type: string; blob: Buffer }, comment = '') => `${k.type} ${k.blob.toString('base64')}${comment ? ` ${comment}` : ''}`;

describe('model/sshKeys: the blob and the comment', () => {
  it('accepts every generated key of every type, security-key variants included', () => {
    for (const k of allKeys) {
      const r = parsePublicKey(line(k, 'me@laptop'));
      assert.ok(r.ok, `${k.type}: ${JSON.stringify(r)}`);
      assert.equal(r.key.type, k.type);
    }
  });

  it('refuses a blob holding only the type name', () => {
    assert.deepEqual(parsePublicKey('ssh-rsa AAAAB3NzaC1yc2E='), { ok: false, problem: 'bad-encoding' });
    for (const k of allKeys) assert.deepEqual(parsePublicKey(line({ type: k.type, blob: wire(k.type) })), { ok: false, problem: 'bad-encoding' }, k.type);
  });

  it('refuses any truncated blob and any blob with bytes left over (fixed seed)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allKeys), fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 40 }), fc.boolean(), (k, cut, extra, truncate) => {
        const blob = truncate ? k.blob.subarray(0, cut % k.blob.length) : Buffer.concat([k.blob, extra]);
        assert.deepEqual(parsePublicKey(line({ type: k.type, blob })), { ok: false, problem: 'bad-encoding' });
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });

  it('refuses a key whose fields do not fit its type: wrong curve, point off the curve, short ed25519, even RSA exponent', () => {
    const ecFields = fieldsOf(ec256.blob);
    const p384 = generated[2]!;
    assert.equal(parsePublicKey(line({ type: 'ecdsa-sha2-nistp256', blob: Buffer.concat([wire('ecdsa-sha2-nistp256'), fieldsOf(p384.blob)]) })).ok, false);
    const offCurve = Buffer.from(ec256.blob);
    offCurve[offCurve.length - 1]! ^= 1;
    assert.equal(parsePublicKey(line({ type: ec256.type, blob: offCurve })).ok, false);
    assert.equal(parsePublicKey(line({ type: 'ssh-ed25519', blob: wire('ssh-ed25519', Buffer.alloc(31, 7)) })).ok, false);
    assert.equal(parsePublicKey(line({ type: 'ssh-rsa', blob: wire('ssh-rsa', Buffer.from([2]), Buffer.concat([Buffer.from([0]), Buffer.alloc(256, 0xff)])) })).ok, false);
    assert.equal(parsePublicKey(line({ type: 'sk-ecdsa-sha2-nistp256@openssh.com', blob: Buffer.concat([wire('sk-ecdsa-sha2-nistp256@openssh.com'), ecFields]) })).ok, false, 'no application');
  });

  const printable = [...'abcXYZ019@.-_+:/()[]é€中😀', ' ', '\u00a0'];
  const forbidden = ['\u0000', '\u0001', '\u001b', '\u007f', '\u0085', '\u009b', '\u000b', '\u000c', '\u2028', '\u2029', '\u202e', '\u202a', '\u2066', '\u2069', '\u200e', '\u200f', '\u061c', '\u200b', '\ufeff'];

  it('accepts a comment of printable characters as given, and refuses one with a control, line-separator or direction character (fixed seed)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allKeys), fc.array(fc.constantFrom(...printable), { minLength: 1, maxLength: 20 }), fc.option(fc.tuple(fc.constantFrom(...forbidden), fc.nat())), (k, generatedChars, bad) => {
        // A copy: fast-check reuses the generated array while shrinking.
        const chars = [...generatedChars];
        if (bad) chars.splice(bad[1] % (chars.length + 1), 0, bad[0]);
        const comment = chars.join('');
        const r = parsePublicKey(line(k, comment));
        if (bad) return assert.deepEqual(r, { ok: false, problem: 'bad-comment' }, JSON.stringify(comment));
        assert.ok(r.ok, JSON.stringify(comment));
        const shown = comment.replace(/^ +| +$/g, '').split(/ +/).join(' ');
        assert.equal(r.key.comment, shown);
        assert.equal(r.key.line, shown ? line(k, shown) : line(k));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('refuses the reported cases: NUL and U+2028 in the comment', () => {
    assert.deepEqual(parsePublicKey(line(ed, 'me\u0000@laptop')), { ok: false, problem: 'bad-comment' });
    assert.deepEqual(parsePublicKey(line(ed, 'me\u2028evil')), { ok: false, problem: 'bad-comment' });
  });
});
