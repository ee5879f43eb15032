import type { CommandHandler } from '../context';

export const clearFilter: CommandHandler = async (ctx) => {
  ctx.view.setFilter(undefined);
};
