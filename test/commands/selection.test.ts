// A command run from a row of a multi-selection gets (clicked, selected[]). Only the commands that
// act on all of it may be offered there; the rest are hidden by `!listMultiSelection` and refused
// if reached anyway (a row's inline button).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { shortName } from '../../src/commands/definition';
import { commandById, COMMANDS } from '../../src/commands/registry';
import { selectionRefusal } from '../../src/commands/selection';

const SELECTION_COMMANDS = new Set(COMMANDS.filter((c) => c.many === true).map((c) => c.id));
const def = (id: string) => commandById(id)!;
/** The file that defines a command (its definition's run is imported from it). */
const fileOf = (id: string) => {
  const found = ['server', 'view', 'session', 'group', 'disc', 'backup', 'network', 'account', 'profile', 'access', 'ssh', 'activity'].map((d) => path.join(root, 'src/commands', d, `${shortName(id)}.ts`)).find((f) => existsSync(f));
  assert.ok(found, id);
  return found;
};

const root = path.resolve(__dirname, '../..');
const menus = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  contributes: { menus: Record<string, Array<{ command?: string; when?: string; group?: string }>> };
}).contributes.menus;

describe('commands on a multi-selection', () => {
  it('the Servers view context menu offers a one-row command only without a multi-selection, and a selection command always', () => {
    const entries = menus['view/item/context']!.filter((e) => /view == bigv\.servers/.test(e.when ?? '') && !e.group?.startsWith('inline'));
    assert.ok(entries.length > 40);
    const wrong = entries.filter((e) => (SELECTION_COMMANDS as ReadonlySet<string>).has(e.command ?? '') === /&& !listMultiSelection\b/.test(e.when ?? ''));
    assert.deepEqual(wrong.map((e) => `${e.command}: ${e.when}`), []);
  });

  it('the selection commands are exactly the handlers that take the selection (ctx.resolveServers), and Refresh', () => {
    const takesSelection = COMMANDS.map((c) => c.id).filter((id) => readFileSync(fileOf(id), 'utf8').includes('resolveServers('));
    assert.deepEqual([...takesSelection, 'bigv.refresh'].sort(), [...SELECTION_COMMANDS].sort());
  });

  it('refuses a one-row command clicked on a row of a multi-selection, in words', () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    assert.match(selectionRefusal(def('bigv.openConsole'), [a, [a, b]]) ?? '', /acts on one row, and 2 rows are selected/);
    assert.match(selectionRefusal(def('bigv.copyIp'), [b, [a, b, { id: 'c' }]]) ?? '', /3 rows are selected/);
  });

  it('lets through: a selection command, a row alone, a row outside the selection, the palette', () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    assert.equal(selectionRefusal(def('bigv.stop'), [a, [a, b]]), undefined);
    assert.equal(selectionRefusal(def('bigv.openConsole'), [a, [a]]), undefined);
    assert.equal(selectionRefusal(def('bigv.openConsole'), [a]), undefined);
    assert.equal(selectionRefusal(def('bigv.openConsole'), [{ id: 'c' }, [a, b]]), undefined);
    assert.equal(selectionRefusal(def('bigv.openConsole'), []), undefined);
  });
});
