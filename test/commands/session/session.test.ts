// Sign In and Sign Out hand over to the session (tested in test/session/session.test.ts); here,
// only that the commands reach the profile's real session, and what the profile then does.
import assert from 'node:assert/strict';
import { signIn } from '../../../src/commands/session/signIn';
import { signInWithApiKey } from '../../../src/commands/session/signInWithApiKey';
import { signOut } from '../../../src/commands/session/signOut';
import { DEMO_API_KEY } from '../../simulator';
import { useCommandRig } from '../../support/commandHarness';

describe('commands: signIn, signOut', () => {
  const { rig } = useCommandRig();

  it('Sign In starts the session flow', async () => {
    const r = await rig();
    const before = r.user.prompts.length;
    await signIn(r.ctx);
    assert.equal(r.user.prompts.length, before + 1, 'the sign-in prompt was shown');
    assert.equal(r.ctx.session.username, 'demo');
    assert.ok(r.estate.servers().length > 0, 'the tree is loaded for the new session');
  });

  it('Sign In with an API Key starts the API-key flow', async () => {
    const r = await rig({ user: 'viewer' });
    r.user.apiKey = DEMO_API_KEY;
    await signInWithApiKey(r.ctx);
    assert.equal(r.ctx.session.username, 'demo', 'signed in as the key\'s user');
    assert.deepEqual(r.user.apiKeyErrors, []);
  });

  it('Sign Out ends the session without asking', async () => {
    const r = await rig();
    await signOut(r.ctx);
    assert.equal(r.session.signedIn, false);
    assert.equal(r.ctx.session.username, undefined);
    assert.equal(r.estate.servers().length, 0, 'the tree is cleared');
    assert.equal(r.ui.of('ask').length, 0);
  });
});
