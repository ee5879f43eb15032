// After a reload the view paints the last-known tree as soon as it is read, never waiting for the
// network behind it (a first getChildren asked before the cache was read waited for the whole
// load: 1.5 s with no network, seconds on a loaded machine).
import assert from 'node:assert/strict';
import { FirstPaint } from '../../src/wiring/firstPaint';

const never = new Promise<void>(() => undefined);
const within = <T>(p: Promise<T>, ms: number): Promise<T | 'timed out'> => Promise.race([p, new Promise<'timed out'>((r) => setTimeout(() => r('timed out'), ms))]);

describe('wiring/firstPaint: the last-known tree first', () => {
  it('a view that asked before the cache was read paints it as soon as it is shown, while the load still hangs', async () => {
    let loaded = false;
    const paint = new FirstPaint<string>({ loaded: () => loaded, loading: () => never });
    const waiting = paint.wait()!;
    await paint.showCached(async () => 'tree', () => void (loaded = true));
    assert.equal(await within(waiting, 200), undefined);
  });

  it('without a cache it waits for the load; once loaded it does not wait at all', async () => {
    let loaded = false;
    let finish!: () => void;
    const load = new Promise<void>((r) => (finish = r));
    const paint = new FirstPaint<string>({ loaded: () => loaded, loading: () => load });
    const waiting = paint.wait()!;
    await paint.showCached(async () => undefined, () => assert.fail('nothing to show'));
    assert.equal(await within(waiting, 50), 'timed out', 'still waiting for the load');
    loaded = true;
    finish();
    assert.equal(await within(waiting, 200), undefined);
    assert.equal(paint.wait(), undefined);
  });

  it('a failed read of the cache still lets the view go on to the load', async () => {
    const paint = new FirstPaint<string>({ loaded: () => false, loading: () => Promise.resolve() });
    const waiting = paint.wait()!;
    await assert.rejects(paint.showCached(async () => { throw new Error('unreadable'); }, () => undefined));
    assert.equal(await within(waiting, 200), undefined);
  });
});
