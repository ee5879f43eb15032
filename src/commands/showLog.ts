import type { CommandHandler } from './services';

export const showLog: CommandHandler = async (services) => {
  services.log.show(true);
};
