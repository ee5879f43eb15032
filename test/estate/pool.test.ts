import assert from 'node:assert/strict';
import { mapLimited } from '../../src/estate/pool';

/** A promise and its resolve, so a test decides when each call ends. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((r) => (open = r));
  return { promise, open };
}

describe('estate/pool: mapLimited', () => {
  it('never has more than the limit in flight, starts in order, and answers in the order given', async () => {
    const gates = [0, 1, 2, 3, 4].map(() => gate());
    const started: number[] = [];
    let inFlight = 0;
    let most = 0;
    const all = mapLimited(['a', 'b', 'c', 'd', 'e'], 2, async (item, i) => {
      started.push(i);
      most = Math.max(most, ++inFlight);
      await gates[i]!.promise;
      inFlight--;
      return item.toUpperCase();
    });
    await Promise.resolve();
    assert.deepEqual(started, [0, 1]);
    gates[1]!.open(); // the second ends first: the third takes its place
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(started, [0, 1, 2]);
    for (const g of gates) g.open();
    assert.deepEqual(await all, ['A', 'B', 'C', 'D', 'E']);
    assert.equal(most, 2);
  });

  it('nothing to do answers at once; a limit below one still makes progress', async () => {
    assert.deepEqual(await mapLimited([], 4, () => Promise.reject(new Error('not called'))), []);
    assert.deepEqual(await mapLimited([1, 2], 0, async (n) => n * 2), [2, 4]);
  });

  it('a throw rejects the whole', async () => {
    await assert.rejects(mapLimited([1, 2, 3], 2, async (n) => {
      if (n === 2) throw new Error('two');
      return n;
    }), /two/);
  });
});
