// The graphical console's tab is found again by the server it shows: the same ids in another
// profile (another cluster, or another user's view of it) are another server and get a tab of
// their own, named after the profile when there are several.
import assert from 'node:assert/strict';
import type { GraphicalConsoleDeps } from '../../../src/features/console/graphical';
import type { ServerTarget } from '../../../src/model/target';
import { vm } from '../../estate/fixtures';
import { makeVscodeStub, withVscodeStub } from '../../support/vscodeStub';

describe('console: graphical console tabs', () => {
  const { vscode, panels } = makeVscodeStub();
  const graphical = withVscodeStub(vscode, () => require('../../../src/features/console/graphical') as typeof import('../../../src/features/console/graphical'));

  const target = (over: Partial<ServerTarget> = {}): ServerTarget => ({
    ref: { account: 1, group: 10, server: 1001 },
    vm: vm({ id: 1001, name: 'web1', management_address: '10.0.0.1' }),
    accountName: 'demo',
    groupName: 'default',
    fullName: 'web1.default.demo',
    ...over,
  });
  const deps = (profile?: { id: string; label?: string }): GraphicalConsoleDeps => ({
    username: 'demo',
    extensionPath: '/ext',
    refreshServer: async () => undefined,
    log: { info: () => undefined },
    ...(profile ? { profile } : {}),
  });

  afterEach(() => {
    for (const p of panels.splice(0)) p.dispose();
  });

  it('opens a tab per profile for servers with the same ids, and shows the existing tab for the same one', async () => {
    await graphical.openGraphicalConsole(deps({ id: '' }), target());
    await graphical.openGraphicalConsole(deps({ id: 'p-staging' }), target());
    assert.equal(panels.length, 2, "another profile's server with the same ids is another server");
    await graphical.openGraphicalConsole(deps({ id: 'p-staging' }), target({ groupName: 'moved', ref: { account: 1, group: 11, server: 1001 } }));
    await graphical.openGraphicalConsole(deps({ id: '' }), target());
    assert.equal(panels.length, 2);
    assert.deepEqual(panels.map((p) => p.revealed), [1, 1]);
  });

  it('names the profile in the title when there are several', async () => {
    await graphical.openGraphicalConsole(deps({ id: '', label: 'Production' }), target());
    await graphical.openGraphicalConsole(deps({ id: 'x' }), target({ ref: { account: 2, group: 10, server: 1001 } }));
    assert.deepEqual(panels.map((p) => p.title), ['Screen: web1.default.demo (Production)', 'Screen: web1.default.demo']);
  });

  it('shows the names in the title as one plain line', async () => {
    await graphical.openGraphicalConsole(deps({ id: '' }), target({ fullName: 'web1\u202Egpj.exe\n.default.demo' }));
    assert.deepEqual(panels.map((p) => p.title), ['Screen: web1gpj.exe .default.demo']);
  });
});
