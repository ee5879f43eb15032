// The management address is where the serial console (and the VNC tunnel) is reached.
import * as l10n from '@vscode/l10n';
import type { CommandHandler } from '../context';
import { defineCommand } from '../definition';

export const copyManagementAddress: CommandHandler = async (ctx, arg) => {
  const target = await ctx.resolveServer(arg, { action: 'copyManagementAddress', placeHolder: l10n.t('Select a server to copy its management address') });
  if (!target) return undefined;
  const address = target.vm.management_address;
  if (!address) {
    void ctx.ui.notify('info', l10n.t('{0} has no management address.', target.fullName));
    return undefined;
  }
  await ctx.ui.copy(address);
  ctx.ui.flash(l10n.t('$(check) Copied {0}', address));
  return address;
};

export const definition = defineCommand({
  id: 'bigv.copyManagementAddress',
  title: 'Copy Management Address',
  icon: 'copy',
  rows: [
    { kinds: ['server'], menu: '4_copy@3' },
  ],
  writes: false,
  run: copyManagementAddress,
});
