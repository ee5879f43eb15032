// An API key instead of a username and password: for shared machines and automation accounts
// whose privileges are narrowed to what the key may do.
import type { CommandHandler } from '../context';
import { defineCommand } from '../definition';

export const signInWithApiKey: CommandHandler = async (ctx) => {
  await ctx.session.signInWithApiKey();
};

export const definition = defineCommand({
  id: 'bigv.signInWithApiKey',
  title: 'Sign In with an API Key…',
  icon: 'key',
  palette: '!bigv.signedIn || bigv.multipleProfiles',
  rows: [
    { kinds: ['profile'], menu: '1_session@2' },
  ],
  titleBar: [
    { view: 'servers', group: '9_account@1', when: '!bigv.signedIn' },
  ],
  route: 'signIn',
  writes: false,
  run: signInWithApiKey,
});
