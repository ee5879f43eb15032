import type { CommandHandler } from './services';

export const signIn: CommandHandler = async (services) => {
  await services.signIn();
};
