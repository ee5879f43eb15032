import type { CommandHandler } from '../context';

export const showLog: CommandHandler = async (services) => {
  services.log.show(true);
};
