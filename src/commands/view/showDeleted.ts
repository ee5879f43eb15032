import type { CommandHandler } from '../context';

export const showDeleted: CommandHandler = async (ctx) => {
  await ctx.view.setShowDeleted(true);
};
