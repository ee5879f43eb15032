import type { CommandHandler } from '../context';
import { defineCommand } from '../definition';

export const signIn: CommandHandler = async (ctx) => {
  await ctx.session.signIn();
};

export const definition = defineCommand({
  id: 'bigv.signIn',
  title: 'Sign In',
  icon: 'sign-in',
  palette: '!bigv.signedIn || bigv.multipleProfiles',
  rows: [
    { kinds: ['profile'], menu: '1_session@1', inline: 1 },
  ],
  titleBar: [
    { view: 'servers', group: '9_account@1', when: '!bigv.signedIn' },
  ],
  route: 'signIn',
  writes: false,
  run: signIn,
});
