import assert from 'node:assert/strict';
import { Poller, type Clock, type PollOutcome, type PollResult } from '../../src/estate/poller';

/** A clock whose time moves only when the test says so. */
class FakeClock implements Clock {
  t = 0;
  private nextId = 1;
  readonly timers = new Map<number, { at: number; fn: () => void; ms: number }>();
  now(): number {
    return this.t;
  }
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { at: this.t + ms, fn, ms });
    return id;
  }
  clearTimeout(h: unknown): void {
    this.timers.delete(h as number);
  }
  /** Moves time forward, firing due timers in order and letting their promises settle. */
  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, x]) => x.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.t = due[1].at;
      due[1].fn();
      await flush();
    }
    this.t = end;
    await flush();
  }
}

async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
}

interface Vm {
  on: boolean;
}

function setup(opts: { values?: Map<number, Vm | 'gone' | Error>; intervalMs?: number; maxMs?: number } = {}) {
  const clock = new FakeClock();
  const values = opts.values ?? new Map<number, Vm | 'gone' | Error>();
  const fetched: number[] = [];
  const left: Array<[number, string]> = [];
  const seen: Array<[number, Vm]> = [];
  const errors: number[] = [];
  let interval = opts.intervalMs ?? 3000;
  const set = new Poller<Vm>({
    clock,
    fetch: async (id): Promise<PollResult<Vm>> => {
      fetched.push(id);
      const v = values.get(id);
      if (v === undefined || v === 'gone') return 'gone';
      if (v instanceof Error) throw v;
      return { value: { ...v } };
    },
    defaultSettled: (v) => v.on,
    onValue: (id, v) => seen.push([id, v]),
    onLeave: (id, reason) => left.push([id, reason]),
    onError: (id) => errors.push(id),
    intervalMs: () => interval,
    ...(opts.maxMs !== undefined ? { maxMs: opts.maxMs } : {}),
  });
  return { clock, values, fetched, left, seen, errors, set, setInterval: (ms: number) => (interval = ms) };
}

describe('Poller', () => {
  it('a hundred changing servers are read at most four at a time, every one of them each tick', async () => {
    let inFlight = 0;
    let most = 0;
    const read: number[] = [];
    const poller = new Poller<Vm>({
      clock: new FakeClock(),
      fetch: async (id): Promise<PollResult<Vm>> => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((r) => setImmediate(r));
        inFlight--;
        read.push(id);
        return { value: { on: false } };
      },
      defaultSettled: (v) => v.on,
      intervalMs: () => 3000,
    });
    for (let id = 1; id <= 100; id++) poller.add(id);
    await poller.tick();
    assert.equal(most, 4, 'never more than the runner\'s limit in flight');
    assert.deepEqual([...read].sort((a, b) => a - b), Array.from({ length: 100 }, (_, i) => i + 1));
    poller.dispose();
  });

  it('with fetchMany: one call per tick for every due id; a value settles, gone leaves, an error keeps, an id removed meanwhile is not settled', async () => {
    const calls: number[][] = [];
    const left: Array<[number, string]> = [];
    const errors: number[] = [];
    let poller: Poller<Vm> | undefined = undefined;
    poller = new Poller<Vm>({
      clock: new FakeClock(),
      fetch: async () => assert.fail('fetchMany is used instead'),
      fetchMany: async (ids, wanted) => {
        calls.push(ids);
        poller!.delete(4);
        assert.equal(wanted(4), false, 'wanted says an id has left');
        return new Map<number, PollOutcome<Vm>>([[1, { value: { on: true } }], [2, 'gone'], [3, { error: new Error('x') }], [4, { value: { on: true } }]]);
      },
      defaultSettled: (v) => v.on,
      onLeave: (id, reason) => left.push([id, reason]),
      onError: (id) => errors.push(id),
      intervalMs: () => 3000,
    });
    for (const id of [1, 2, 3, 4, 5]) poller.add(id);
    await poller.tick();
    assert.deepEqual(calls, [[1, 2, 3, 4, 5]]);
    assert.deepEqual(left, [[4, 'removed'], [1, 'settled'], [2, 'gone']]);
    assert.deepEqual(errors, [3]);
    assert.deepEqual(poller.ids.sort(), [3, 5], 'the failed one and the one left out of the answer are tried again');
    poller.dispose();
  });

  it('has no timer while nothing is changing, even when visible', () => {
    const { clock, set } = setup();
    set.setVisible(true);
    assert.equal(set.timerRunning, false);
    assert.equal(clock.timers.size, 0);
  });

  it('has no timer while the view is hidden, even with changing servers', async () => {
    const { clock, set, fetched } = setup({ values: new Map([[1, { on: false }]]) });
    set.add(1);
    assert.equal(set.timerRunning, false);
    await clock.advance(60_000);
    assert.deepEqual(fetched, []);
    set.setVisible(true);
    assert.equal(set.timerRunning, true);
    set.setVisible(false);
    assert.equal(set.timerRunning, false);
    assert.equal(clock.timers.size, 0);
  });

  it('polls only the ids in the set, every interval, until each settles; then the timer stops', async () => {
    const values = new Map<number, Vm>([
      [1, { on: false }],
      [2, { on: false }],
      [3, { on: false }],
    ]);
    const { clock, set, fetched, left } = setup({ values });
    set.setVisible(true);
    set.add(1);
    set.add(2);
    await clock.advance(2999);
    assert.deepEqual(fetched, [], 'nothing before the first interval');
    await clock.advance(1);
    assert.deepEqual([...fetched].sort(), [1, 2]);
    values.set(1, { on: true });
    await clock.advance(3000);
    assert.deepEqual(left, [[1, 'settled']]);
    assert.deepEqual(set.ids, [2]);
    values.set(2, { on: true });
    await clock.advance(3000);
    assert.deepEqual(left, [[1, 'settled'], [2, 'settled']]);
    assert.equal(set.size, 0);
    assert.equal(set.timerRunning, false);
    const count = fetched.length;
    await clock.advance(30_000);
    assert.equal(fetched.length, count, 'no polls once empty');
    assert.ok(!(fetched as number[]).includes(3), 'never polls servers that are not changing');
  });

  it('uses the id’s own settled condition when given', async () => {
    const { clock, set, left } = setup({ values: new Map([[1, { on: true }]]) });
    set.setVisible(true);
    set.add(1, (v) => !v.on); // e.g. waiting for a shutdown
    await clock.advance(3000);
    assert.deepEqual(left, []);
    assert.equal(set.has(1), true);
  });

  it('hands every read value to onValue, settled or not', async () => {
    const { clock, set, seen } = setup({ values: new Map([[7, { on: false }]]) });
    set.setVisible(true);
    set.add(7);
    await clock.advance(3000);
    assert.deepEqual(seen, [[7, { on: false }]]);
  });

  it('drops a server that is gone', async () => {
    const { clock, set, left } = setup();
    set.setVisible(true);
    set.add(5);
    await clock.advance(3000);
    assert.deepEqual(left, [[5, 'gone']]);
  });

  it('keeps a server whose read failed and tries again next tick', async () => {
    const values = new Map<number, Vm | Error>([[1, new Error('boom')]]);
    const { clock, set, errors, left } = setup({ values });
    set.setVisible(true);
    set.add(1);
    await clock.advance(3000);
    assert.deepEqual(errors, [1]);
    assert.equal(set.has(1), true);
    values.set(1, { on: true });
    await clock.advance(3000);
    assert.deepEqual(left, [[1, 'settled']]);
  });

  it('gives up after the time limit', async () => {
    const { clock, set, left } = setup({ values: new Map([[1, { on: false }]]), maxMs: 10 * 60_000 });
    set.setVisible(true);
    set.add(1);
    await clock.advance(10 * 60_000 + 3000);
    assert.deepEqual(left, [[1, 'timeout']]);
    assert.equal(set.timerRunning, false);
  });

  it('follows a changed interval setting at the next schedule', async () => {
    const { clock, set, fetched, setInterval } = setup({ values: new Map([[1, { on: false }]]) });
    setInterval(10_000);
    set.setVisible(true);
    set.add(1);
    await clock.advance(9_999);
    assert.equal(fetched.length, 0);
    await clock.advance(1);
    assert.equal(fetched.length, 1);
  });

  it('never runs two ticks at once', async () => {
    const clock = new FakeClock();
    let inFlight = 0;
    let maxInFlight = 0;
    const release: Array<() => void> = [];
    const set = new Poller<Vm>({
      clock,
      fetch: async () => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise<void>((r) => release.push(r));
        inFlight--;
        return { value: { on: false } };
      },
      defaultSettled: (v) => v.on,
      intervalMs: () => 1000,
    });
    set.setVisible(true);
    set.add(1);
    await clock.advance(1000);
    assert.equal(set.timerRunning, false, 'no timer while a tick is in flight');
    void set.tick();
    await clock.advance(5000);
    assert.equal(maxInFlight, 1);
    release.forEach((r) => r());
    await flush();
    assert.equal(set.timerRunning, true, 'the next tick is scheduled once the first is done');
  });

  it('removal during a tick wins over the tick’s result', async () => {
    const values = new Map<number, Vm>([[1, { on: true }]]);
    const { clock, set, left } = setup({ values });
    set.setVisible(true);
    set.add(1);
    const timerFired = clock.advance(3000);
    set.delete(1);
    await timerFired;
    assert.deepEqual(left, [[1, 'removed']]);
  });

  it('dispose stops everything', async () => {
    const { clock, set, fetched } = setup({ values: new Map([[1, { on: false }]]) });
    set.setVisible(true);
    set.add(1);
    set.dispose();
    assert.equal(clock.timers.size, 0);
    set.add(2);
    await clock.advance(60_000);
    assert.deepEqual(fetched, []);
  });
});
