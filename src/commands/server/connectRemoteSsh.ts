// Opens a new VS Code window on the server through Microsoft's Remote-SSH extension. The host
// is the server's name in the managed SSH config (server.group.account) when that is kept and
// included, else its DNS name; either way the user's ~/.ssh/config (User, IdentityFile) applies.
import * as l10n from '@vscode/l10n';
import { primaryIp } from '../../model/format';
import type { CommandHandler } from '../context';
import { defineCommand } from '../definition';

export const connectRemoteSsh: CommandHandler = async (ctx, arg) => {
  if (!ctx.features.remoteSsh.installed()) {
    const install = l10n.t('Show Remote-SSH');
    const choice = await ctx.ui.notify(
      'info',
      l10n.t('Connecting a VS Code window to a server needs the Remote - SSH extension from Microsoft. Install it, then try again.'),
      install,
    );
    if (choice === install) await ctx.features.remoteSsh.showInstall();
    return undefined;
  }
  const target = await ctx.resolveServer(arg, { action: 'connectRemoteSsh', placeHolder: l10n.t('Select a running server to connect to') });
  if (!target) return undefined;
  const host = ctx.features.sshConfig?.hostFor(target) ?? (target.vm.hostname || primaryIp(target.vm));
  if (!host) {
    void ctx.ui.notify('error', l10n.t('{0} has neither a hostname nor an IP address to connect to. Refresh the list and try again.', target.fullName));
    return undefined;
  }
  ctx.log.info(`Remote-SSH: opening a window on ${host}`);
  return ctx.features.remoteSsh.open(host);
};

export const definition = defineCommand({
  id: 'bigv.connectRemoteSsh',
  title: 'Connect with Remote-SSH',
  icon: 'remote-explorer',
  rows: [
    { kinds: ['server'], menu: '3_connect@3', when: 'bigv.remoteSshAvailable' },
  ],
  writes: false,
  run: connectRemoteSsh,
});
