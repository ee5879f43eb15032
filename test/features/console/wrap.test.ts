import assert from 'node:assert/strict';
import { wrapText } from '../../../src/features/console/builtin/wrap';

describe('console: messages wrapped for the terminal', () => {
  it('breaks at spaces within the width, keeps paragraphs, and never splits a long word', () => {
    assert.deepEqual(wrapText('the quick brown fox jumps over the lazy dog', 21), ['the quick brown fox', 'jumps over the lazy', 'dog']);
    assert.deepEqual(wrapText('a\nb', 80), ['a', 'b']);
    assert.deepEqual(wrapText('x'.repeat(30) + ' y', 21), ['x'.repeat(30), 'y']);
  });
});
