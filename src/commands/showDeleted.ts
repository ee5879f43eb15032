import type { CommandHandler } from './services';

export const showDeleted: CommandHandler = async (services) => {
  await services.setShowDeleted(true);
};
