// With several profiles every sign-in prompt and session message says which profile it is for;
// with one, they speak of Bytemark Cloud as before.
import assert from 'node:assert/strict';
import { createSessionUi } from '../../src/interaction/signInPrompts';
import { FakeUi } from '../support/fakeUi';

describe('interaction/signInPrompts: which profile', () => {
  it('names the profile in the API-key box and in "session expired"; one profile says Bytemark Cloud', async () => {
    const ui = new FakeUi();
    const named = createSessionUi(ui, () => 'Big estate');
    await named.signInWithApiKey({ verify: async () => ({ token: 't', username: 'u' }), tryAgain: () => undefined });
    assert.equal(ui.of('input')[0]!.opts.title, 'Sign in to Big estate with an API key');
    assert.equal(await named.sessionExpired('expired'), false);
    assert.match(ui.of('notify').at(-1)!.message, /^Big estate: Your BigV session expired/);
    const plain = new FakeUi();
    await createSessionUi(plain).sessionExpired('expired');
    assert.match(plain.of('notify').at(-1)!.message, /^Your BigV session expired/);
  });
});
