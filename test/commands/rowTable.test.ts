// Every row kind × state × action through the menu rule: each builder of a row's contextValue is
// walked over every state and fact it knows, and for every command whose definition places it on
// that kind, package.json's menu shows it exactly when the row's own tokens say so. The kinds'
// tokens and the definitions' places are the same pairs: no menu entry that can never show, no
// token that no menu offers. (The guard and the palette filter of the same actions: serverState,
// discState and detailPalette tests.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { shortName } from '../../src/commands/definition';
import { COMMANDS } from '../../src/commands/registry';
import type { GroupNode } from '../../src/estate/nodes';
import { ROWS as ROW_DESCRIPTORS } from '../../src/estate/rows';
import { accountContext, groupContext, WriteAccess } from '../../src/estate/writeAccess';
import { SUB_ACTIONS, subContextValue, type SubKind } from '../../src/model/discState';
import { activityContext, FIXED_ROWS, profileContext, sshKeyContext, apiKeyContext, privilegeContext } from '../../src/model/rowActions';
import { parseRowContext, ROW_KINDS, rowContext, type RowKind } from '../../src/model/rowContext';
import { ALL_STATES, contextValue, stateOf, type PendingAction, type PowerFacts } from '../../src/model/serverState';

interface MenuItem { command: string; when: string; group?: string }
const menus = (JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { contributes: { menus: Record<string, MenuItem[]> } }).contributes.menus;
const items = menus['view/item/context']!;
const menuShows = (command: string, value: string) =>
  items.some((m) => {
    const match = m.command === command ? /viewItem =~ \/(.*?)\/(?:\s|$)/.exec(m.when) : null;
    return match !== null && new RegExp(match[1]!).test(value);
  });

const FLAGS: PowerFacts[] = [
  { power_on: true, autoreboot_on: true, deleted: false, cdrom_url: 'https://x/y.iso' },
  { power_on: true, autoreboot_on: false, deleted: false },
  { power_on: false, autoreboot_on: false, deleted: false },
  { power_on: false, autoreboot_on: true, deleted: false },
  { power_on: false, autoreboot_on: false, deleted: true },
  // Started into the rescue appliance from here (PowerFacts.appliance).
  { power_on: true, autoreboot_on: true, deleted: false, appliance: 'rescue' },
];
const PENDING = ALL_STATES.filter((s): s is PendingAction => !['running', 'stopped', 'restarting', 'deleted'].includes(s));
const SERVER_STATES: [PowerFacts, PendingAction | undefined][] = [...FLAGS.map((f): [PowerFacts, undefined] => [f, undefined]), ...FLAGS.slice(0, 3).flatMap((f) => PENDING.map((p): [PowerFacts, PendingAction] => [f, p]))];

const group = (name: string): GroupNode => ({ kind: 'group', id: 'group:10', group: { id: 10, name }, parent: { account: { id: 1, name: 'demo' } }, servers: [] }) as unknown as GroupNode;
const priv = (level: string, target: Record<string, number>) => ({ id: 1, level, username: 'u', ...target });
const ACCESS = [WriteAccess.unknown, WriteAccess.of([], 'u'), WriteAccess.of([priv('account_admin', { account_id: 1 })] as never, 'u'), WriteAccess.of([priv('group_admin', { group_id: 10 })] as never, 'u')];

/** Every contextValue each row kind can have, from the very functions the views call. */
function everyRow(): string[] {
  const rows: string[] = [];
  for (const [vm, pending] of SERVER_STATES) {
    for (const mayWrite of [true, false]) {
      rows.push(contextValue(vm, pending, { mayWrite }));
      for (const kind of Object.keys(SUB_ACTIONS) as SubKind[]) {
        for (const facts of [{}, { root: true }, { extra: true }]) rows.push(subContextValue(kind, vm, pending, facts, mayWrite));
      }
    }
    rows.push(rowContext('backups', stateOf(vm, pending)));
  }
  for (const access of ACCESS) rows.push(groupContext(access, group('web')), groupContext(access, group('default')), accountContext(access, 1));
  for (const signedIn of [true, false]) for (const added of [true, false]) rows.push(profileContext(signedIn, added));
  for (const outcome of ['ok', 'failed', 'cancelled', 'unknown']) rows.push(activityContext(outcome, true), activityContext(outcome, false));
  rows.push(sshKeyContext(true), sshKeyContext(false), apiKeyContext(true), apiKeyContext(false), privilegeContext(true), privilegeContext(false), ...Object.values(FIXED_ROWS));
  return rows;
}

const ROWS = everyRow();
const placed = new Set(COMMANDS.flatMap((c) => (c.rows ?? []).flatMap((r) => r.kinds.map((k) => `${k}:${shortName(c.id)}`))));

describe('every row kind × state × action, through the menu rule', () => {
  it('every row is of the one grammar, and every row kind is walked', () => {
    const kinds = new Set<RowKind>();
    for (const v of ROWS) {
      const parsed = parseRowContext(v);
      assert.ok(parsed, `${v} is not <kind>.<state>:<action>:…:`);
      kinds.add(parsed.kind);
    }
    assert.deepEqual([...kinds].sort(), [...ROW_KINDS].sort());
  });

  it('every kind of row under a server has one descriptor and one state-table entry, and is a row kind of the grammar', () => {
    assert.deepEqual(Object.keys(ROW_DESCRIPTORS).sort(), Object.keys(SUB_ACTIONS).sort());
    for (const kind of Object.keys(ROW_DESCRIPTORS)) assert.ok((ROW_KINDS as readonly string[]).includes(kind), kind);
  });

  it('a command shows on a row exactly when the row carries its token and its definition places it on that kind', () => {
    let checked = 0;
    for (const v of ROWS) {
      const { kind, actions } = parseRowContext(v)!;
      for (const c of COMMANDS) {
        const expected = actions.includes(shortName(c.id)) && placed.has(`${kind}:${shortName(c.id)}`);
        assert.equal(menuShows(c.id, v), expected, `${c.id} on ${v}`);
        checked++;
      }
    }
    assert.ok(checked > 10_000, `${checked} checks`);
  });

  it('the tokens the rows carry are exactly the places the definitions give: no menu entry that never shows, no action no menu offers', () => {
    const carried = new Set(ROWS.flatMap((v) => {
      const { kind, actions } = parseRowContext(v)!;
      return actions.map((a) => `${kind}:${a}`);
    }));
    assert.deepEqual([...placed].filter((p) => !carried.has(p)), [], 'placed on a kind whose rows never carry it');
    assert.deepEqual([...carried].filter((p) => !placed.has(p)), [], 'carried by rows but offered by no menu');
  });
});
