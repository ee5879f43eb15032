import type { CommandHandler } from './services';

export const hideDeleted: CommandHandler = async (services) => {
  await services.setShowDeleted(false);
};
