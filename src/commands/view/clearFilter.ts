import type { CommandHandler } from '../context';
import { defineCommand } from '../definition';

export const clearFilter: CommandHandler = async (ctx) => {
  ctx.view.setFilter(undefined);
};

export const definition = defineCommand({
  id: 'bigv.clearFilter',
  title: 'Clear Filter',
  icon: 'filter-filled',
  palette: 'bigv.filtered',
  titleBar: [
    { view: 'servers', group: 'navigation@6', when: 'bigv.filtered' },
  ],
  route: 'window',
  writes: false,
  run: clearFilter,
});
