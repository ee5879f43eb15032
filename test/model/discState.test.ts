// The table for the rows under a server: for every kind × server state × row facts × write
// access, the tree's menu (package.json's viewItem rules applied to contextValue), the guard
// (subRefusal) and canSub agree; a user who may not write sees only Copy.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { canSub, SUB_ACTIONS, subContextValue, subRefusal, type SubAction, type SubKind } from '../../src/model/discState';
import { ALL_STATES, stateOf, type PendingAction, type PowerFacts } from '../../src/model/serverState';

interface MenuItem { command: string; when: string; group?: string }
const pkg = JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { contributes: { menus: Record<string, MenuItem[]> } };
const itemMenus = pkg.contributes.menus['view/item/context']!;
const menuShows = (command: string, value: string) =>
  itemMenus.some((m) => {
    const match = m.command === command ? /viewItem =~ \/(.*?)\/(?:\s|$)/.exec(m.when) : null;
    return match !== null && new RegExp(match[1]!).test(value);
  });

const ON = { power_on: true, autoreboot_on: true, deleted: false };
const OFF = { power_on: false, autoreboot_on: false, deleted: false };
const PENDING_STATES = ALL_STATES.filter((s): s is PendingAction => !['running', 'stopped', 'restarting', 'deleted'].includes(s));
/** Every state the model knows: the observed ones, and every pending one (over a running server). */
const STATES: [PowerFacts, PendingAction | undefined][] = [
  [ON, undefined],
  [OFF, undefined],
  [{ power_on: false, autoreboot_on: true, deleted: false }, undefined],
  [{ power_on: false, autoreboot_on: false, deleted: true }, undefined],
  ...PENDING_STATES.map((p): [PowerFacts, PendingAction] => [ON, p]),
];

describe('disc, backup and address rows: one table for menus and guard', () => {
  for (const kind of Object.keys(SUB_ACTIONS) as SubKind[]) {
    for (const [vm, pending] of STATES) {
      for (const facts of [{}, { root: true }, { extra: true }]) {
        for (const mayWrite of [true, false]) {
          it(`${kind} on ${JSON.stringify(vm)}${pending ?? ''} ${JSON.stringify(facts)} write=${mayWrite}`, () => {
            const value = subContextValue(kind, vm, pending, facts, mayWrite);
            assert.match(value, new RegExp(`^${kind}\\.`));
            for (const action of SUB_ACTIONS[kind] as readonly SubAction[]) {
              const allowed = canSub(action, vm, pending, facts, mayWrite);
              assert.equal(menuShows(`bigv.${action}`, value), allowed, `menu ${action} on ${value}`);
              assert.equal(subRefusal(action, vm, pending, facts, mayWrite) === undefined, allowed, `guard ${action}`);
              if (!mayWrite && action !== 'copyIp') assert.equal(allowed, false, `${action} hidden for a read-only user`);
            }
          });
        }
      }
    }
  }

  it('the table walks every state the model knows', () => {
    assert.deepEqual(new Set(STATES.map(([vm, p]) => stateOf(vm, p))), new Set(ALL_STATES));
  });

  it('Copy on an address row stays while its server changes its settings (resizing, renaming, moving, updating, creating)', () => {
    for (const p of ['resizing', 'renaming', 'moving', 'updating', 'creating'] as const) {
      assert.match(subContextValue('ip', ON, p, { extra: true }), /:copyIp:/, p);
      assert.equal(subRefusal('copyIp', ON, p), undefined, p);
    }
  });

  it('the root disc cannot move, only extra addresses can be removed, restore needs the server off', () => {
    const off = { power_on: false, autoreboot_on: false, deleted: false };
    const on = { power_on: true, autoreboot_on: true, deleted: false };
    assert.equal(canSub('moveDisc', off, undefined, { root: true }), false);
    assert.equal(canSub('moveDisc', off, undefined, { root: false }), true);
    assert.equal(canSub('removeIp', on, undefined, { extra: false }), false);
    assert.equal(canSub('removeIp', on, undefined, { extra: true }), true);
    assert.equal(canSub('restoreBackup', on), false);
    assert.match(subRefusal('restoreBackup', on)!, /Power the server off/);
  });

  it('every row command in package.json is in the table', () => {
    const rowCommands = new Set(itemMenus.filter((m) => /\^\((discs|disc|backup|schedule|network|ip)\)\\\./.test(m.when)).map((m) => m.command.slice('bigv.'.length)));
    assert.deepEqual([...rowCommands].sort(), Object.values(SUB_ACTIONS).flat().sort());
  });
});
