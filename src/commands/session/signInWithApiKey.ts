// An API key instead of a username and password: for shared machines and automation accounts
// whose privileges are narrowed to what the key may do.
import type { CommandHandler } from '../context';

export const signInWithApiKey: CommandHandler = async (ctx) => {
  await ctx.session.signInWithApiKey();
};
