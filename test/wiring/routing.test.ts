import assert from 'node:assert/strict';
import { commandById, COMMANDS } from '../../src/commands/registry';
import { route, type RouteMode } from '../../src/wiring/routing';

const COMMAND_IDS = COMMANDS.map((c) => c.id);
const routeMode = (id: string): RouteMode => commandById(id)?.route ?? 'profile';

interface E {
  name: string;
  signedIn: boolean;
}

const a: E = { name: 'a', signedIn: true };
const b: E = { name: 'b', signedIn: true };
const c: E = { name: 'c', signedIn: false };
const nodes = { a1: { of: a }, a2: { of: a }, b1: { of: b }, rootB: { of: b, root: true } } as const;

function deps(entries: E[], answer?: E, selected?: E) {
  const asked: E[][] = [];
  return {
    asked,
    deps: {
      entries,
      selectedOwner: () => selected,
      ownerOf: (n: unknown) => {
        const x = Object.values(nodes).find((v) => v === n) as { of: E; root?: boolean } | undefined;
        return x && { entry: x.of, isRoot: x.root === true };
      },
      pick: async (candidates: readonly E[], _mode: RouteMode) => {
        asked.push([...candidates]);
        return answer;
      },
    },
  };
}

const names = (r: { entry: E; args: unknown[] }[]) => r.map((x) => x.entry.name);

describe('wiring: which profile a command runs in', () => {
  it('one profile: always it, with the arguments as given, nothing asked', async () => {
    const d = deps([a]);
    for (const id of COMMAND_IDS) assert.deepEqual(names(await route(routeMode(id), [], d.deps)), ['a']);
    assert.equal(d.asked.length, 0);
  });

  it('a row: the profile it belongs to; the profile\'s own row drops the node', async () => {
    const d = deps([a, b, c]);
    const r = await route('profile', [nodes.b1], d.deps);
    assert.deepEqual(names(r), ['b']);
    assert.deepEqual(r[0]!.args, [nodes.b1]);
    const root = await route('signOut', [nodes.rootB], d.deps);
    assert.deepEqual(root, [{ entry: b, args: [] }]);
    assert.equal(d.asked.length, 0);
  });

  it('a selection across profiles runs once per profile, the clicked row\'s first', async () => {
    const d = deps([a, b]);
    const r = await route('profile', [nodes.b1, [nodes.a1, nodes.b1, nodes.a2]], d.deps);
    assert.deepEqual(r.map((x) => [x.entry.name, x.args]), [
      ['b', [nodes.b1, [nodes.b1]]],
      ['a', [nodes.a1, [nodes.a1, nodes.a2]]],
    ]);
  });

  it('the palette: the one signed-in profile, else the user chooses among the signed-in ones', async () => {
    assert.deepEqual(names(await route('profile', [], deps([a, c]).deps)), ['a']);
    const d = deps([a, b, c], b);
    assert.deepEqual(names(await route('profile', [], d.deps)), ['b']);
    assert.deepEqual(d.asked, [[a, b]]);
    const cancelled = deps([a, b, c]);
    assert.deepEqual(await route('profile', [], cancelled.deps), []);
  });

  it('the palette with a row selected in the tree: that row\'s profile, without asking', async () => {
    const d = deps([a, b, c], undefined, b);
    assert.deepEqual(names(await route('profile', [], d.deps)), ['b']);
    assert.equal(d.asked.length, 0);
    // Not a profile the command cannot run in: Sign In with a signed-in profile's row selected still asks.
    const c2 = { name: 'c2', signedIn: false };
    const s = deps([a, c, c2], c2, a);
    assert.deepEqual(names(await route('signIn', [], s.deps)), ['c2']);
    assert.equal(s.asked.length, 1);
  });

  it('Sign In goes to the one signed-out profile; with several, asks, signed-out ones first', async () => {
    assert.deepEqual(names(await route('signIn', [], deps([a, c]).deps)), ['c']);
    const c2 = { name: 'c2', signedIn: false };
    const d = deps([a, c, c2], c2);
    assert.deepEqual(names(await route('signIn', [], d.deps)), ['c2']);
    assert.deepEqual(d.asked, [[c, c2, a]]);
  });

  it('Sign Out with none signed in does not ask; Refresh from the title refreshes every signed-in profile', async () => {
    const d = deps([c, { name: 'd', signedIn: false }]);
    assert.deepEqual(names(await route('signOut', [], d.deps)), ['c']);
    assert.equal(d.asked.length, 0);
    assert.deepEqual(names(await route('each', [], deps([a, b, c]).deps)), ['a', 'b']);
    assert.deepEqual(names(await route('each', [nodes.b1], deps([a, b, c]).deps)), ['b']);
  });

  it('window-wide commands and the account view never ask', async () => {
    const d = deps([c, a, b]);
    assert.deepEqual(names(await route(routeMode('bigv.filter'), [], d.deps)), ['c']);
    assert.deepEqual(names(await route(routeMode('bigv.addProfile'), [], d.deps)), ['c']);
    assert.deepEqual(names(await route(routeMode('bigv.removeSshKey'), [], d.deps)), ['a']);
    assert.equal(d.asked.length, 0);
    assert.equal(routeMode('bigv.stop'), 'profile');
  });
});
