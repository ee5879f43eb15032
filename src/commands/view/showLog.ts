import type { CommandHandler } from '../context';

export const showLog: CommandHandler = async (ctx) => {
  ctx.ui.showLog();
};
