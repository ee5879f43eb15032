// No confirmation: signing out loses nothing that signing in again does not restore.
import type { CommandHandler } from '../context';

export const signOut: CommandHandler = async (ctx) => {
  await ctx.session.signOut();
};
