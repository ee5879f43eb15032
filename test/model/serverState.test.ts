// The state table: for every (state × action) pair, the tree's menu (package.json's `viewItem`
// rules applied to the item's contextValue), the palette's choices and each command's guard
// must all agree with the state model.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Estate } from '../../src/estate/estate';
import { targetFromNode } from '../../src/estate/targets';
import { ALL_STATES, can, contextValue, observedState, refusal, SERVER_ACTIONS, stateOf, type PendingAction, type PowerFacts } from '../../src/model/serverState';
import { PENDING, SETTLED_WHEN } from '../../src/model/serverWaits';
import { candidates, ServerResolver } from '../../src/interaction/serverResolver';
import { account, vm } from '../estate/fixtures';
import { FakeUi } from '../support/fakeUi';

interface MenuItem {
  command: string;
  when: string;
  group?: string;
}
const pkg = JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { contributes: { menus: Record<string, MenuItem[]> } };
const itemMenus = pkg.contributes.menus['view/item/context']!;

/** Whether any context-menu entry for `command` shows on a row with this contextValue. */
function menuShows(command: string, value: string): boolean {
  return itemMenus.some((m) => {
    if (m.command !== command) return false;
    const match = /viewItem =~ \/(.*?)\/(?:\s|$)/.exec(m.when);
    if (!match) return false;
    return new RegExp(match[1]!).test(value);
  });
}

const FLAGS: PowerFacts[] = [
  { power_on: true, autoreboot_on: true, deleted: false },
  { power_on: true, autoreboot_on: false, deleted: false },
  { power_on: false, autoreboot_on: false, deleted: false },
  { power_on: false, autoreboot_on: true, deleted: false },
  { power_on: false, autoreboot_on: false, deleted: true },
  { power_on: true, autoreboot_on: true, deleted: true },
];
// Every pending state the model knows (the labels' keys), not a list copied here.
const PENDINGS: (PendingAction | undefined)[] = [undefined, ...ALL_STATES.filter((s): s is PendingAction => !['running', 'stopped', 'restarting', 'deleted'].includes(s))];

describe('state model: one table for tree, palette and guard', () => {
  it('observed state comes from the power flags', () => {
    assert.deepEqual(FLAGS.map(observedState), ['running', 'running', 'stopped', 'restarting', 'deleted', 'deleted']);
  });

  for (const flags of FLAGS) {
    for (const pending of PENDINGS) {
      // A pending action is only ever set on a server it applies to; skip what cannot happen.
      if (flags.deleted && pending && pending !== 'restoring' && pending !== 'deleting') continue;
      const state = stateOf(flags, pending);
      it(`${observedState(flags)}${pending ? ` + ${pending}` : ''}: every action agrees`, () => {
        const estate = new Estate();
        estate.replace([account(1, 'demo', [{ id: 10, name: 'g', vms: [vm({ id: 7, name: 'x', ...flags })] }])], true);
        if (pending) estate.setPending(7, pending);
        const node = estate.server(7)!;
        const ui = new FakeUi();
        const resolver = new ServerResolver({ ui, estate, ensureLoaded: async () => true, showDeleted: true });
        const value = contextValue(node.vm, node.pending);
        assert.match(value, new RegExp(`^server\\.${state.replace('-', '\\-')}:`));
        for (const action of SERVER_ACTIONS) {
          const allowed = can(action, node.vm, node.pending);
          const where = `${action} on ${state}`;
          assert.equal(menuShows(`bigv.${action}`, value), allowed, `tree menu: ${where}`);
          assert.equal(candidates(estate.servers(), action).length === 1, allowed, `palette: ${where}`);
          assert.equal(resolver.allowed(targetFromNode(node), action), allowed, `guard: ${where}`);
          assert.equal(refusal(action, node.vm, node.pending) === undefined, allowed, `refusal: ${where}`);
        }
        // The guard said why for each refusal, in words, and nothing else.
        const refused = SERVER_ACTIONS.filter((a) => !can(a, node.vm, node.pending)).length;
        assert.equal(ui.of('notify').length, refused);
      });
    }
  }

  it('every server command in package.json is a state-model action, and every action has a menu entry', () => {
    // A command on several kinds of row (Who Has Access… on accounts, groups and servers) names them all in one group.
    const onServers = (when: string) => /\^\(([^)]*)\)/.exec(when)?.[1]?.split('|').includes('server') === true;
    const serverCommands = new Set(itemMenus.filter((m) => onServers(m.when)).map((m) => m.command.slice('bigv.'.length)));
    assert.deepEqual([...serverCommands].sort(), [...SERVER_ACTIONS].sort());
  });

  it('the findings that started it: Start is not offered on a restarting server, Stop is, from the tree and the palette alike', () => {
    const restarting = { power_on: false, autoreboot_on: true, deleted: false };
    assert.equal(can('start', restarting), false);
    assert.equal(can('stop', restarting), true);
    assert.equal(can('start', { power_on: false, autoreboot_on: false, deleted: false }, 'restarting'), false);
  });

  it('purge is offered only for deleted servers, never beside Delete on a live one', () => {
    for (const flags of FLAGS) assert.equal(can('purge', flags), flags.deleted === true);
  });

  it('each action that changes power has a pending state and the condition it waits for', () => {
    for (const action of ['start', 'stop', 'restart', 'shutdown', 'reset', 'reimage', 'delete', 'restore'] as const) {
      assert.ok(PENDING[action], action);
      assert.ok(SETTLED_WHEN[action], action);
    }
    assert.equal(SETTLED_WHEN.stop!({ power_on: false, autoreboot_on: false, deleted: false }), true);
    assert.equal(SETTLED_WHEN.restart!({ power_on: false, autoreboot_on: true, deleted: false }), false);
  });
});
