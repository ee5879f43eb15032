// With several profiles, the one whose API is not answering is marked on its own row.
import assert from 'node:assert/strict';
import { makeVscodeStub, withVscodeStub } from '../support/vscodeStub';

const { vscode } = makeVscodeStub();
const { ProfilesTreeProvider } = withVscodeStub(vscode, () => require('../../src/ui/profileTree') as typeof import('../../src/ui/profileTree'));

describe('ui/profileTree: a profile that is not answering', () => {
  it('its row says so and shows a warning; the other stays as it was', () => {
    const entry = (id: string, name: string, outage: boolean) => ({
      profile: { id, name, apiEndpoint: `https://${id}.example`, authEndpoint: `https://auth.${id}.example` },
      root: { kind: 'profile' as const, id: `profile:${id}`, profileId: id },
      tree: {} as never,
      username: 'demo',
      outage,
      owns: () => false,
    });
    const down = entry('b', 'Big estate', true);
    const up = entry('default', 'Bytemark Cloud', false);
    const view = new ProfilesTreeProvider(() => [up, down] as never);
    const downItem = view.getTreeItem(down.root) as unknown as { description: string; iconPath: { id: string } };
    const upItem = view.getTreeItem(up.root) as unknown as { description: string; iconPath: { id: string } };
    assert.equal(downItem.description, 'demo · not answering');
    assert.equal(downItem.iconPath.id, 'warning');
    assert.equal(upItem.description, 'demo');
    assert.equal(upItem.iconPath.id, 'cloud');
  });
});
