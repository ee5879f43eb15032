// API text shown to a person: inert in a row (one line, nothing reordered or hidden) and in a
// hover (nothing markup, HTML or a link), whatever the API sends.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cleanText, markdownText } from '../../src/api/safeText';
import { allEscaped, AUTOLINK, hostile, UNSAFE } from '../support/hostileText';

const unescape = (md: string) => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('api: safe text for rows and hovers', () => {
  it('a label is one line with no control, bidi or invisible character, and keeps the rest', () => {
    assert.equal(cleanText('web1\u202Egpj.exe\nsecond\r\nline\u2028x'), 'web1gpj.exe second line x');
    assert.equal(cleanText('a\u0000\u001b[31mb'), 'a [31mb');
    assert.equal(cleanText('日本 👍🏽 é'), '日本 👍🏽 é');
    fc.assert(
      fc.property(hostile, (s) => {
        const out = cleanText(s);
        assert.ok(!UNSAFE.test(out), JSON.stringify(out));
      }),
      { numRuns: 2000 },
    );
  });

  it('in Markdown every punctuation character is escaped, so nothing is markup or a link, and it reads as the label does', () => {
    assert.equal(markdownText('www.demo.example.com'), 'www\\.demo\\.example\\.com');
    assert.equal(markdownText('https://a.b/c'), 'https\\:\\/\\/a\\.b\\/c');
    fc.assert(
      fc.property(hostile, (s) => {
        const md = markdownText(s);
        assert.ok(allEscaped(md), JSON.stringify(md));
        assert.ok(!AUTOLINK.test(md), JSON.stringify(md));
        assert.ok(!UNSAFE.test(md), JSON.stringify(md));
        assert.equal(unescape(md), cleanText(s));
      }),
      { numRuns: 2000 },
    );
  });
});
