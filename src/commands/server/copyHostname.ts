import * as l10n from '@vscode/l10n';
import type { CommandHandler } from '../context';
import { defineCommand } from '../definition';

export const copyHostname: CommandHandler = async (ctx, arg) => {
  const target = await ctx.resolveServer(arg, { action: 'copyHostname', placeHolder: l10n.t('Select a server to copy its hostname') });
  if (!target) return undefined;
  const hostname = target.vm.hostname;
  if (!hostname) {
    void ctx.ui.notify('info', l10n.t('The API gave no hostname for {0}.', target.fullName));
    return undefined;
  }
  await ctx.ui.copy(hostname);
  ctx.ui.flash(l10n.t('$(check) Copied {0}', hostname));
  return hostname;
};

export const definition = defineCommand({
  id: 'bigv.copyHostname',
  title: 'Copy Hostname',
  icon: 'copy',
  rows: [
    { kinds: ['server'], menu: '4_copy@1' },
  ],
  writes: false,
  run: copyHostname,
});
