// Stop Keeping an SSH Config for My Servers: removes ~/.ssh/bigv/config and the Include line the
// extension added to ~/.ssh/config (an Include the user wrote themselves is left, and said so).
import * as l10n from '@vscode/l10n';
import type { CommandHandler } from '../context';
import { defineCommand } from '../definition';

export const stopSshConfig: CommandHandler = async (ctx) => {
  const managed = ctx.features.sshConfig;
  if (!managed) return undefined;
  const done = await managed.turnOff();
  const message = done.keptOwnInclude
    ? l10n.t('Removed {0}. {1} still has an Include line for it that the extension did not add; it is left as it is.', managed.file, managed.userConfig)
    : done.removedInclude
      ? l10n.t('Removed {0} and its Include line in {1}.', managed.file, managed.userConfig)
      : l10n.t('Removed {0}.', managed.file);
  void ctx.ui.notify('info', message);
  return done;
};

export const definition = defineCommand({
  id: 'bigv.stopSshConfig',
  title: 'Stop Keeping an SSH Config for My Servers',
  icon: 'close',
  palette: 'config.bigv.ssh.manageConfig',
  titleBar: [{ view: 'servers', group: '7_ssh@2', when: 'config.bigv.ssh.manageConfig' }],
  route: 'window',
  writes: false,
  run: stopSshConfig,
});
