import type { CommandHandler } from '../context';
import { defineCommand } from '../definition';

export const showLog: CommandHandler = async (ctx) => {
  ctx.ui.showLog();
};

export const definition = defineCommand({
  id: 'bigv.showLog',
  title: 'Show Log',
  icon: 'output',
  palette: 'always',
  titleBar: [
    { view: 'servers', group: '8_log@1' },
    { view: 'activity', group: 'navigation@2' },
  ],
  rows: [
    { view: 'activity', kinds: ['activity'], menu: '2_log@1' },
  ],
  route: 'window',
  writes: false,
  run: showLog,
});
