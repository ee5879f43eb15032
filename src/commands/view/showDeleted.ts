import type { CommandHandler } from '../context';
import { defineCommand } from '../definition';

export const showDeleted: CommandHandler = async (ctx) => {
  await ctx.view.setShowDeleted(true);
};

export const definition = defineCommand({
  id: 'bigv.showDeleted',
  title: 'Show Deleted Servers',
  icon: 'eye',
  palette: 'bigv.signedIn && !bigv.showDeleted',
  titleBar: [
    { view: 'servers', group: 'navigation@8', when: 'bigv.signedIn && !bigv.showDeleted' },
  ],
  route: 'window',
  writes: false,
  run: showDeleted,
});
