// A backup schedule's first backup as typed, over the space of times and instants: London wall
// time (the brain's zone, GMT/BST), sent as `YYYY-MM-DD hh:mm:ss` as the official CLI sends it
// (bigv-api.md §B.6); `add server`'s midnight tonight with its zone (§B.3.3). Issue 20.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { brainClock, brainInstant } from '../../src/model/brainClock';
import { midnightTonight, parseStart, startAt, startProblem, wallZoneWords } from '../../src/model/backupSchedule';
import { parseStartAt } from '../simulator/validateCreate';

const SEED = 20_006;
const run = <T extends unknown[]>(p: fc.IProperty<T>) => fc.assert(p, { seed: SEED, numRuns: 500 });
const pad = (n: number) => String(n).padStart(2, '0');
/** Any instant from 2020 to 2040: both sides of every clock change in between. */
const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 0, 1) });
const hour = fc.integer({ min: 0, max: 23 });
const minute = fc.integer({ min: 0, max: 59 });
const wall = (text: string) => {
  const [y, mo, d, h, m, s] = (text.match(/\d+/g) ?? []).map(Number) as [number, number, number, number, number, number];
  return { y, mo, d, h, m, s };
};

describe('backup schedule start, London time', () => {
  it('a time of day is its next occurrence in London: later than now, within a day and an hour, at that time (but in the spring-forward hour)', () => {
    run(fc.property(instant, hour, minute, (now, h, m) => {
      const sent = startAt(parseStart(`${h}:${pad(m)}`)!, new Date(now))!;
      assert.match(sent, /^\d{4}-\d\d-\d\d \d\d:\d\d:00$/);
      const at = brainInstant(wall(sent));
      assert.ok(at > now, `${sent} is after ${new Date(now).toISOString()}`);
      assert.ok(at - now <= 25 * 3600_000, `${sent} is within a day of ${new Date(now).toISOString()}`);
      const c = brainClock(at);
      if (c.h === h) assert.equal(c.m, m);
      else assert.equal(c.h, h + 1, 'only a time the clocks skip reads an hour later');
    }));
  });

  it('a date and time is sent as typed when it is to come, and refused as past when it is not', () => {
    run(fc.property(instant, instant, (now, then) => {
      const c = brainClock(then);
      const typed = `${c.y}-${pad(c.mo)}-${pad(c.d)} ${pad(c.h)}:${pad(c.m)}`;
      const sent = startAt(parseStart(typed)!, new Date(now));
      if (brainInstant({ ...c, s: 0 }) > now) assert.equal(sent, `${typed}:00`);
      else {
        assert.equal(sent, undefined);
        assert.match(startProblem(typed, new Date(now))!, /in the past in London/);
      }
    }));
  });

  it('what it sends is a form the simulator (and so the brain, per the reference) takes, kept as sent', () => {
    run(fc.property(instant, hour, minute, (now, h, m) => {
      const sent = startAt({ hour: h, minute: m }, new Date(now))!;
      assert.equal(parseStartAt(sent, now), sent);
      const midnight = midnightTonight(new Date(now));
      assert.equal(parseStartAt(midnight, now), midnight);
    }));
  });

  it('midnight tonight is the next London midnight, with the zone it falls in', () => {
    run(fc.property(instant, (now) => {
      const sent = midnightTonight(new Date(now));
      const m = /^(\d{4}-\d\d-\d\d 00:00:00) (GMT|BST)$/.exec(sent);
      assert.ok(m, sent);
      const at = brainInstant(wall(m[1]!));
      assert.ok(at > now && at - now <= 24 * 3600_000, sent);
      assert.equal(brainClock(at).zone, m[2]);
      assert.match(wallZoneWords(m[1]!), new RegExp(`London time \\(${m[2]}\\)`));
    }));
    // Known dates: winter and summer.
    assert.equal(midnightTonight(new Date(Date.UTC(2026, 0, 10, 12))), '2026-01-11 00:00:00 GMT');
    assert.equal(midnightTonight(new Date(Date.UTC(2026, 6, 10, 23, 30))), '2026-07-12 00:00:00 BST', '00:30 BST on the 11th: the next midnight is the 12th');
  });

  it('reads hh:mm and YYYY-MM-DD hh:mm; refuses impossible times and dates and anything else, saying the forms', () => {
    assert.deepEqual(parseStart(' 3:05 '), { hour: 3, minute: 5 });
    assert.deepEqual(parseStart('2026-12-01 03:30'), { hour: 3, minute: 30, date: { y: 2026, mo: 12, d: 1 } });
    assert.deepEqual(parseStart('2026-12-01T03:30'), { hour: 3, minute: 30, date: { y: 2026, mo: 12, d: 1 } });
    for (const bad of ['24:00', '12:60', '2026-02-30 01:00', '2026-13-01 01:00', 'tomorrow', '3pm', '2026-12-01', '']) assert.equal(parseStart(bad), undefined, bad);
    assert.match(startProblem('3pm')!, /hh:mm .* YYYY-MM-DD hh:mm/);
    assert.equal(startProblem(''), undefined, 'nothing typed yet: no complaint');
  });
});
