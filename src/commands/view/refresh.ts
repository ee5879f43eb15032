// Also the Retry of the tree's error node, so it reloads everything rather than one server.
import type { CommandHandler } from '../context';
import { defineCommand } from '../definition';

export const refresh: CommandHandler = async (ctx) => {
  await ctx.refreshAll();
};

export const definition = defineCommand({
  id: 'bigv.refresh',
  title: 'Refresh',
  icon: 'refresh',
  enablement: 'bigv.signedIn',
  rows: [
    { kinds: ['account', 'group', 'error', 'profile'], menu: '1_refresh@1' },
    { kinds: ['error', 'profile'], inline: 1 },
  ],
  titleBar: [
    { view: 'servers', group: 'navigation@9', when: 'bigv.signedIn' },
  ],
  route: 'each',
  many: true,
  writes: false,
  run: refresh,
});
