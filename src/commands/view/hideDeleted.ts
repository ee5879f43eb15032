import type { CommandHandler } from '../context';

export const hideDeleted: CommandHandler = async (services) => {
  await services.setShowDeleted(false);
};
