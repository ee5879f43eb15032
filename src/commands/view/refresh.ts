// Also the Retry of the tree's error node, so it reloads everything rather than one server.
import type { CommandHandler } from '../context';

export const refresh: CommandHandler = async (ctx) => {
  await ctx.refreshAll();
};
