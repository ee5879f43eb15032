import assert from 'node:assert/strict';
import {
  generatePassword,
  GENERATED_PASSWORD_LENGTH,
  MIN_TYPED_PASSWORD_LENGTH,
  PASSWORD_ALPHABET,
  passwordProblem,
} from '../../src/model/password';

describe('commands/flows/password', () => {
  it('generates long passwords of letters and digits, with every class present', () => {
    for (let i = 0; i < 200; i++) {
      const p = generatePassword();
      assert.equal(p.length, GENERATED_PASSWORD_LENGTH);
      assert.ok(GENERATED_PASSWORD_LENGTH >= 20);
      assert.match(p, /^[A-Za-z0-9]+$/);
      assert.match(p, /[A-Z]/);
      assert.match(p, /[a-z]/);
      assert.match(p, /[0-9]/);
    }
    assert.notEqual(generatePassword(), generatePassword());
  });

  it('drops bytes that would bias the choice (rejection sampling), rather than folding them', () => {
    // 248..255 would map to A..H under a plain modulo; they must be skipped.
    const bytes = [255, 248, 0, 26, 52, 249, ...Array.from({ length: 60 }, (_, i) => i % 62)];
    let offset = 0;
    const fake = (n: number) => {
      const out = Uint8Array.from(bytes.slice(offset, offset + n));
      offset += n;
      return out;
    };
    const p = generatePassword(20, fake);
    assert.equal(p.slice(0, 3), 'Aa0');
    assert.equal(p.length, 20);
  });

  it('redraws a whole password that lacks a character class', () => {
    let call = 0;
    const fake = (n: number) => {
      call++;
      // First draw: only capital letters; second draw: a valid mix.
      return Uint8Array.from({ length: n }, (_, i) => (call === 1 ? i % 26 : [0, 26, 52][i % 3]));
    };
    const p = generatePassword(21, fake);
    assert.equal(p, 'Aa0'.repeat(7));
    assert.equal(call, 2);
  });

  it('uses every character about equally often', () => {
    const counts = new Map<string, number>();
    const n = 2_000;
    for (let i = 0; i < n; i++) for (const c of generatePassword()) counts.set(c, (counts.get(c) ?? 0) + 1);
    const total = n * GENERATED_PASSWORD_LENGTH;
    const expected = total / PASSWORD_ALPHABET.length;
    const sd = Math.sqrt(total * (1 / 62) * (61 / 62));
    assert.equal(counts.size, PASSWORD_ALPHABET.length);
    // The class requirement shifts the digits' share a little; 7 standard deviations leaves
    // room for that and for chance, but not for a modulo bias (~+25% on A–H).
    for (const [c, k] of counts) assert.ok(Math.abs(k - expected) < 7 * sd, `${c}: ${k} vs ${expected.toFixed(0)}`);
  });

  it('refuses short passwords, control characters and edge spaces when typed', () => {
    assert.equal(passwordProblem('a'.repeat(MIN_TYPED_PASSWORD_LENGTH - 1)), 'too-short');
    assert.equal(passwordProblem('abc\tdefghijk'), 'control-characters');
    assert.equal(passwordProblem(' abcdefghijk'), 'edge-spaces');
    assert.equal(passwordProblem('correct horse battery'), undefined);
  });

  it('will not generate a short password', () => {
    assert.throws(() => generatePassword(12), RangeError);
  });
});
