import type { CommandHandler } from '../context';

export const hideDeleted: CommandHandler = async (ctx) => {
  await ctx.view.setShowDeleted(false);
};
