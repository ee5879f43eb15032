// The first-boot script's checks over the space of texts: what may be sent, what is refused, and
// what normalizing does (issue 20).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lineProblem, MAX_SCRIPT_BYTES, normalizeScript, scriptFromLine, scriptLines, scriptProblem } from '../../src/model/firstBootScript';

const SEED = 20_020;
const run = <T extends unknown[]>(p: fc.IProperty<T>) => fc.assert(p, { seed: SEED, numRuns: 300 });
/** Printable text of any script (tabs and line ends included), never a control character. */
const codePoint = fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0xa0, max: 0x10ffff }))
  .filter((n) => n !== 0xfffd && (n < 0xd800 || n > 0xdfff))
  .map((n) => String.fromCodePoint(n));
const printable = fc.string({ unit: fc.oneof(fc.constantFrom('\t', '\n', '\r\n', ' '), codePoint) });
// CR is not one: a lone CR is a line end, made LF.
const control = fc.oneof(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 11, max: 31 }).filter((n) => n !== 13), fc.constant(127)).map((n) => String.fromCharCode(n));

describe('first-boot script', () => {
  it('any printable text after #! is sent, with every line end made LF and nothing else changed', () => {
    run(fc.property(printable, (body) => {
      const text = normalizeScript(`#!/bin/sh\r\n${body}`);
      assert.ok(!text.includes('\r'));
      assert.equal(text, `#!/bin/sh\n${body.replace(/\r\n?/g, '\n')}`);
      assert.equal(scriptProblem(text), Buffer.byteLength(text) > MAX_SCRIPT_BYTES ? 'too-large' : undefined);
    }));
  });

  it('a control character anywhere (NUL, ESC, DEL…) makes it not a text script', () => {
    run(fc.property(printable, control, printable, (a, c, b) => {
      assert.equal(scriptProblem(normalizeScript(`#!/bin/sh\n${a}${c}${b}`)), 'not-text');
    }));
  });

  it('without #! it is refused; blank is empty; over 64 KiB (counted in UTF-8 bytes) is too large', () => {
    run(fc.property(printable.filter((t) => t.trim() !== '' && !normalizeScript(t).startsWith('#!') && Buffer.byteLength(t) < MAX_SCRIPT_BYTES), (t) => {
      assert.equal(scriptProblem(normalizeScript(t)), 'no-interpreter');
    }));
    assert.equal(scriptProblem(' \n\t'), 'empty');
    const fill = (n: number, unit: string) => `#!/bin/sh\n${unit.repeat(n)}`;
    const head = Buffer.byteLength('#!/bin/sh\n');
    assert.equal(scriptProblem(fill(MAX_SCRIPT_BYTES - head, 'a')), undefined, 'exactly 64 KiB');
    assert.equal(scriptProblem(fill(MAX_SCRIPT_BYTES - head + 1, 'a')), 'too-large');
    assert.equal(scriptProblem(fill(Math.ceil((MAX_SCRIPT_BYTES - head + 1) / 3), '€')), 'too-large', 'bytes, not characters');
  });

  it('a typed line becomes a two-line /bin/sh script, trimmed; a line with a control character is refused', () => {
    run(fc.property(printable.map((t) => t.replace(/[\r\n]/g, ' ')).filter((t) => t.trim() !== ''), (line) => {
      const script = scriptFromLine(line);
      assert.equal(script, `#!/bin/sh\n${line.trim()}\n`);
      assert.equal(scriptLines(script), 2);
      assert.equal(lineProblem(line), Buffer.byteLength(script) > MAX_SCRIPT_BYTES ? 'too-large' : undefined);
    }));
    assert.equal(lineProblem('   '), 'empty');
    assert.equal(lineProblem('echo \u001b[31m'), 'not-text');
  });
});
