import type { CommandHandler } from '../context';

export const signIn: CommandHandler = async (services) => {
  await services.signIn();
};
