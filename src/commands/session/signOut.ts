// No confirmation: signing out loses nothing that signing in again does not restore.
import type { CommandHandler } from '../context';
import { defineCommand } from '../definition';

export const signOut: CommandHandler = async (ctx) => {
  await ctx.session.signOut();
};

export const definition = defineCommand({
  id: 'bigv.signOut',
  title: 'Sign Out',
  icon: 'sign-out',
  enablement: 'bigv.signedIn',
  rows: [
    { kinds: ['profile'], menu: '1_session@3' },
  ],
  titleBar: [
    { view: 'servers', group: '9_account@2', when: 'bigv.signedIn' },
  ],
  route: 'signOut',
  writes: false,
  run: signOut,
});
