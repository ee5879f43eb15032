import type { CommandHandler } from '../context';

export const showDeleted: CommandHandler = async (services) => {
  await services.setShowDeleted(true);
};
