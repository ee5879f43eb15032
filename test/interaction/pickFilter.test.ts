import assert from 'node:assert/strict';
import fc from 'fast-check';
import { enterTakes, matches, pickTexts, shownRows } from '../../src/interaction/pickFilter';
import type { PickItem, PickOptions } from '../../src/interaction/port';

interface Item extends PickItem {
  full: string;
}

const server = (name: string, group: string, ip: string, hostname: string): Item => ({
  label: name,
  description: group,
  detail: `Running · ${ip} · ${hostname}`,
  full: `${name}.${group}`,
});

const GO_TO: PickOptions = { matchOnDescription: true, matchOnDetail: true, fullName: (i) => (i as Item).full };
const PALETTE: PickOptions = { matchOnDescription: true, fullName: (i) => (i as Item).full };

const app2 = server('app2', 'prod.acme', '46.43.1.15', 'app2.prod.acme.uk0.bigv.io');
const web1 = server('web1', 'web.demo', '46.43.1.6', 'web1.web.demo.uk0.bigv.io');
const web2 = server('web2', 'web.demo', '46.43.1.7', 'web2.web.demo.uk0.bigv.io');
const build = server('build', 'default.acme', '46.43.1.12', 'build.default.acme.uk0.bigv.io');
const ALL = [build, app2, web1, web2];

const names = (rows: readonly Item[]): string[] => rows.map((r) => r.label);
const shown = (typed: string, opts: PickOptions, ticked: ReadonlySet<Item> = new Set()) => shownRows(ALL, typed, (i) => pickTexts(i, opts), ticked);

describe('server pick search: what is shown for the typed text', () => {
  it('Go to Server finds a server by its IPv4 address, part of one, and its hostname (a typed dot no longer means name.group.account only)', () => {
    assert.deepEqual(names(shown('46.43.1.15', GO_TO).rows), ['app2']);
    assert.deepEqual(names(shown('1.15', GO_TO).rows), ['app2']);
    assert.deepEqual(names(shown('app2.prod.acme.uk0.bigv.io', GO_TO).rows), ['app2']);
    assert.deepEqual(names(shown('APP2.Prod', GO_TO).rows), ['app2'], 'name.group, any case');
  });

  it('finds by name, group.account, name.group.account and several words', () => {
    assert.deepEqual(names(shown('web', PALETTE).rows), ['web1', 'web2']);
    assert.deepEqual(names(shown('web1.web.demo', PALETTE).rows), ['web1']);
    assert.deepEqual(names(shown('acme', PALETTE).rows), ['build', 'app2']);
    assert.deepEqual(names(shown('  demo   web2 ', PALETTE).rows), ['web2']);
    assert.deepEqual(names(shown('', PALETTE).rows), names(ALL), 'nothing typed: all, in their order');
  });

  it('the palette pick does not search addresses (only what its options say)', () => {
    assert.deepEqual(names(shown('46.43.1.15', PALETTE).rows), []);
    assert.deepEqual(pickTexts(app2, {}), ['app2']);
  });

  it('rows matching by name come first, and the first match is the one highlighted', () => {
    const r = shown('web', GO_TO);
    assert.deepEqual(names(r.rows), ['web1', 'web2']);
    assert.equal(r.first, web1);
    const mixed = shownRows([build, app2], 'a', (i) => pickTexts(i, GO_TO));
    assert.deepEqual(names(mixed.rows), ['app2', 'build'], 'app2 by its name first, then build by its group');
    assert.equal(mixed.first, app2);
    assert.equal(shown('no-such-server', GO_TO).first, undefined);
  });

  it('a ticked row the text no longer matches stays shown, ahead of the matches, and is never the highlighted one', () => {
    const r = shown('app2', PALETTE, new Set([web1]));
    assert.deepEqual(names(r.rows), ['web1', 'app2']);
    assert.equal(r.first, app2);
  });

  it('matches(): every word in one of the texts', () => {
    assert.equal(matches(['web1', 'web.demo'], 'WEB1 demo'), true);
    assert.equal(matches(['web1', 'web.demo'], 'web1 acme'), false);
    assert.equal(matches([], ''), true);
  });
});

describe('server pick: what Enter takes', () => {
  it('the ticked rows, else the highlighted row when it is shown, else nothing', () => {
    assert.deepEqual(enterTakes([web1, web2], [web2], [web1]), [web2]);
    assert.deepEqual(enterTakes([web1, web2], [], [web2]), [web2]);
    // The defect: after typing web2 the pick kept build (hidden by the filter) as its active row.
    assert.deepEqual(enterTakes([web2], [], [build]), []);
    assert.deepEqual(enterTakes([], [], []), []);
  });

  const rowArb = fc.record({
    label: fc.stringMatching(/^[a-c1-2.]{0,5}$/),
    description: fc.stringMatching(/^[a-c.]{0,6}$/),
    detail: fc.stringMatching(/^[1-3. ]{0,8}$/),
    full: fc.stringMatching(/^[a-c1-2.]{0,8}$/),
  });
  const typedArb = fc.stringMatching(/^[a-c1-3. ]{0,4}$/);
  const optsArb = fc.record({ matchOnDescription: fc.boolean(), matchOnDetail: fc.boolean(), full: fc.boolean() });
  // Rows, what is typed, which are ticked, which is active (any row: VS Code may keep one its filter hid).
  const caseArb = fc.array(rowArb, { maxLength: 12 }).chain((rows) =>
    fc.record({
      rows: fc.constant(rows),
      typed: typedArb,
      opts: optsArb,
      ticked: fc.subarray(rows),
      active: rows.length > 0 ? fc.subarray(rows, { maxLength: 1 }) : fc.constant([]),
    }),
  );
  const optsOf = (o: { matchOnDescription: boolean; matchOnDetail: boolean; full: boolean }): PickOptions => ({
    matchOnDescription: o.matchOnDescription,
    matchOnDetail: o.matchOnDetail,
    ...(o.full ? { fullName: (i: PickItem) => (i as Item).full } : {}),
  });

  it('property: whatever the rows, the text typed, the ticks and the active row, Enter takes only rows that are shown', () => {
    fc.assert(
      fc.property(caseArb, ({ rows, typed, opts, ticked, active }) => {
        const textsOf = (i: Item): string[] => pickTexts(i, optsOf(opts));
        // What VS Code reports as ticked is among what it shows; a stray hidden tick must not count either.
        const s = shownRows(rows, typed, textsOf, new Set(ticked));
        const taken = enterTakes(s.rows, ticked, active);
        const visible = new Set(s.rows);
        assert.ok(taken.every((r) => visible.has(r)), 'taken rows are shown');
        const highlighted = s.first ? [s.first] : [];
        assert.ok(enterTakes(s.rows, [], highlighted).every((r) => visible.has(r)));
        if (ticked.length === 0 && active.length === 1 && !visible.has(active[0]!)) assert.deepEqual(taken, [], 'a hidden active row is never taken');
      }),
      { numRuns: 500 },
    );
  });

  it('property: the rows shown are exactly those the text matches, plus the ticked ones; the highlighted one matches', () => {
    fc.assert(
      fc.property(caseArb, ({ rows, typed, opts, ticked }) => {
        const textsOf = (i: Item): string[] => pickTexts(i, optsOf(opts));
        const s = shownRows(rows, typed, textsOf, new Set(ticked));
        const expected = rows.filter((r) => matches(textsOf(r), typed) || ticked.includes(r));
        assert.equal(s.rows.length, expected.length);
        assert.ok(expected.every((r) => s.rows.includes(r)), 'every match and every tick is shown');
        const hits = rows.filter((r) => matches(textsOf(r), typed));
        assert.equal(s.first, hits.length === 0 ? undefined : s.rows.find((r) => hits.includes(r)));
        if (s.first) assert.ok(matches(textsOf(s.first), typed));
      }),
      { numRuns: 500 },
    );
  });
});
