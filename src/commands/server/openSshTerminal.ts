// Open SSH Terminal: a terminal in this window, logged in to the running server itself over SSH
// (its primary address, as bigv.ssh.user), not to its serial console.
import * as l10n from '@vscode/l10n';
import type { CommandHandler } from '../context';
import { defineCommand } from '../definition';

export const openSshTerminal: CommandHandler = async (ctx, arg) => {
  const target = await ctx.resolveServer(arg, { action: 'openSshTerminal', placeHolder: l10n.t('Select a running server to open an SSH terminal to') });
  if (!target) return undefined;
  return ctx.features.openSshTerminal?.(target);
};

export const definition = defineCommand({
  id: 'bigv.openSshTerminal',
  title: 'Open SSH Terminal',
  icon: 'terminal',
  rows: [
    { kinds: ['server'], menu: '3_connect@4' },
  ],
  writes: false,
  run: openSshTerminal,
});
