import type { CommandHandler } from '../context';

export const signIn: CommandHandler = async (ctx) => {
  await ctx.session.signIn();
};
