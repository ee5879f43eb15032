import assert from 'node:assert/strict';
import { sessionMenu } from '../../../src/commands/view/sessionMenu';
import { useCommandRig } from '../../support/commandHarness';
import { MemoryProfiles } from '../../support/memoryProfiles';

const client = { id: 'client', name: 'Client', apiEndpoint: 'https://c.example', authEndpoint: 'https://c.example', username: undefined };

describe('command: sessionMenu (the status bar\'s click)', () => {
  const { rig } = useCommandRig();

  it('one profile: Show the Servers, Sign Out, Add Profile; each does what it says', async () => {
    const profiles = new MemoryProfiles('demo');
    const r = await rig({ profiles });
    r.ui.script('pick', (call) => (call.kind === 'pick' ? call.items[1] : undefined));
    await sessionMenu(r.ctx);
    assert.deepEqual(r.ui.of('pick')[0]!.items.map((i) => i.label), ['$(list-tree) Show the Servers', '$(sign-out) Sign Out', '$(add) Add Profile…']);
    assert.deepEqual(profiles.calls, ['sign out default']);
    r.ui.pickLabel('$(list-tree) Show the Servers');
    await sessionMenu(r.ctx);
    assert.deepEqual(r.opened, ['servers view']);
  });

  it('several profiles: each signed-out one offers both ways in, named', async () => {
    const profiles = new MemoryProfiles('demo', [client]);
    const r = await rig({ profiles });
    r.ui.pickLabel('$(key) Sign In to Client with an API Key');
    await sessionMenu(r.ctx);
    assert.deepEqual(r.ui.of('pick')[0]!.items.map((i) => i.label), [
      '$(list-tree) Show the Servers',
      '$(sign-out) Sign Out of Bytemark Cloud',
      '$(sign-in) Sign In to Client',
      '$(key) Sign In to Client with an API Key',
      '$(add) Add Profile…',
    ]);
    assert.deepEqual(profiles.calls, ['sign in client with an API key']);
  });

  it('Escape does nothing', async () => {
    const profiles = new MemoryProfiles('demo', [client]);
    const r = await rig({ profiles });
    assert.equal(await sessionMenu(r.ctx), undefined);
    assert.deepEqual(profiles.calls, []);
  });
});
