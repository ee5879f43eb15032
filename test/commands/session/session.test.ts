// Sign In and Sign Out hand over to the session (tested in test/session/session.test.ts); here,
// only that the commands reach it.
import assert from 'node:assert/strict';
import { signIn } from '../../../src/commands/session/signIn';
import { signInWithApiKey } from '../../../src/commands/session/signInWithApiKey';
import { signOut } from '../../../src/commands/session/signOut';
import { useCommandRig } from '../../support/commandHarness';

describe('commands: signIn, signOut', () => {
  const { rig } = useCommandRig();

  it('Sign In starts the session flow', async () => {
    const r = await rig();
    await signIn(r.ctx);
    assert.deepEqual(r.opened, ['sign in']);
  });

  it('Sign In with an API Key starts the API-key flow', async () => {
    const r = await rig();
    await signInWithApiKey(r.ctx);
    assert.deepEqual(r.opened, ['sign in with an API key']);
  });

  it('Sign Out ends the session without asking', async () => {
    const r = await rig();
    await signOut(r.ctx);
    assert.deepEqual(r.opened, ['sign out']);
    assert.equal(r.ui.of('ask').length, 0);
  });
});
