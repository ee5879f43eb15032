import type { CommandHandler } from '../context';
import { defineCommand } from '../definition';

export const hideDeleted: CommandHandler = async (ctx) => {
  await ctx.view.setShowDeleted(false);
};

export const definition = defineCommand({
  id: 'bigv.hideDeleted',
  title: 'Hide Deleted Servers',
  icon: 'eye-closed',
  palette: 'bigv.signedIn && bigv.showDeleted',
  titleBar: [
    { view: 'servers', group: 'navigation@8', when: 'bigv.signedIn && bigv.showDeleted' },
  ],
  route: 'window',
  writes: false,
  run: hideDeleted,
});
