// Issue 17, item 15: the stale tree's notice says when its servers are from: the time alone for
// today, a date and time for an earlier day, and no date at all for a timestamp that is not one.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatAsOf } from '../../src/model/format';
import type { StaleNotice as StaleNoticeClass } from '../../src/wiring/staleNotice';
import { makeVscodeStub, withVscodeStub } from '../support/vscodeStub';

const SEED = 17_151;
const DAY = 24 * 3600 * 1000;

describe('stale notice: "as of" when', () => {
  const at = (d: number, h: number, m: number) => new Date(2024, 2, d, h, m).getTime();
  const now = at(12, 18, 5);

  it('the time alone today; the date and time on another day; the year too in another year', () => {
    assert.equal(formatAsOf(at(12, 16, 37), now, 'en-US'), '04:37 PM');
    const lastWeek = formatAsOf(at(5, 4, 37), now, 'en-US')!;
    assert.match(lastWeek, /Mar 5/);
    assert.match(lastWeek, /04:37 AM/);
    assert.match(formatAsOf(new Date(2023, 11, 31, 23, 59).getTime(), now, 'en-US')!, /Dec 31, 2023/);
    assert.match(formatAsOf(at(11, 23, 59), now, 'en-GB')!, /11 Mar/, 'yesterday is not today');
  });

  it('no date at all for a timestamp that is not one', () => {
    for (const bad of [NaN, Infinity, -Infinity, undefined, 0, -5, 8.64e15 + 1, '2024-03-05' as unknown, null as unknown]) {
      assert.equal(formatAsOf(bad, now, 'en-US'), undefined, String(bad));
    }
  });

  it('never "Invalid Date", and the time alone exactly when the day is the same (fixed seed)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4e12 }), fc.integer({ min: -400 * DAY, max: 400 * DAY }), (since, ago) => {
        const t = since + ago;
        const shown = formatAsOf(since, t, 'en-US');
        assert.ok(shown !== undefined && !/Invalid/.test(shown), String(shown));
        const sameDay = new Date(since).toDateString() === new Date(t).toDateString();
        assert.equal(shown === new Date(since).toLocaleTimeString('en-US', { hour: '2-digit', minute: '2-digit' }), sameDay);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  describe('the notice', () => {
    const { vscode } = makeVscodeStub();
    const stub = { ...vscode, window: { ...vscode.window, setStatusBarMessage: () => ({ dispose: () => undefined }) } };
    const { StaleNotice } = withVscodeStub(stub, () => require('../../src/wiring/staleNotice') as { StaleNotice: typeof StaleNoticeClass });

    function show(since: number, error?: unknown, profileName?: string): { notices: Array<string | undefined>; reported: string[] } {
      const notices: Array<string | undefined> = [];
      const reported: string[] = [];
      const errors = { outage: (what: string) => void reported.push(what) } as never;
      new StaleNotice({ redraw: () => undefined, setNotice: (n) => notices.push(n), errors, retry: () => undefined, profileName: () => profileName }).show({ since, error });
      return { notices, reported };
    }

    it('an old cache shows its date, not only a time', () => {
      const since = Date.now() - 7 * DAY;
      const { notices } = show(since);
      const date = new Date(since).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
      assert.ok(notices[0]?.includes(date), `${notices[0]} should name ${date}`);
    });

    it('a bad timestamp says "from an earlier session", never "Invalid Date"', () => {
      for (const error of [undefined, new Error('down')]) {
        const { notices, reported } = show(NaN, error);
        const all = [...notices, ...reported].join('\n');
        assert.doesNotMatch(all, /Invalid Date|NaN/);
        assert.match(notices[0]!, /from an earlier session/);
        if (error) assert.match(reported[0]!, /from an earlier session/);
      }
    });
  

    it('with several profiles, the error and the notice name the profile that is not answering, not "Bytemark Cloud"', () => {
      const { notices, reported } = show(Date.now() - 60_000, new Error('down'), 'Big estate');
      assert.match(reported[0]!, /^reach Big estate \(showing the servers as of/);
      assert.match(notices[0]!, /^Big estate: Showing the servers as of/);
      const single = show(Date.now() - 60_000, new Error('down'));
      assert.match(single.reported[0]!, /^reach Bytemark Cloud/);
      assert.match(single.notices[0]!, /^Showing the servers/);
    });

    it('the outage is said once, as a notice that closes itself when the API answers again (issue 19, item 7)', async () => {
      const { ErrorReporter } = require('../../src/interaction/reportError') as typeof import('../../src/interaction/reportError');
      const { FakeUi } = require('../support/fakeUi') as typeof import('../support/fakeUi');
      const { NetworkError } = require('../../src/api') as typeof import('../../src/api');
      const ui = new FakeUi();
      const errors = new ErrorReporter({ ui, log: { error: () => undefined, info: () => undefined }, signIn: async () => undefined });
      const notice = new StaleNotice({ redraw: () => undefined, setNotice: () => undefined, errors, retry: () => undefined });
      const down = new NetworkError('127.0.0.1:1', 'ECONNREFUSED');
      notice.show({ since: Date.now() - 60_000, error: down });
      notice.show({ since: Date.now() - 60_000, error: down });
      const said = () => ui.calls.filter((c) => c.kind === 'notice' || c.kind === 'notify');
      assert.equal(said().length, 1, 'once per outage, not once per retry');
      const first = said()[0]!;
      assert.equal(first.kind, 'notice', 'not an error toast that would stay after recovery');
      assert.match(first.kind === 'notice' ? first.message : '', /^Could not reach Bytemark Cloud .*Retrying in the background/);
      notice.show(undefined);
      await new Promise((r) => setImmediate(r));
      assert.equal(first.kind === 'notice' && first.open, false, 'closed once the API answers');
      notice.dispose();
    });
  });
});
