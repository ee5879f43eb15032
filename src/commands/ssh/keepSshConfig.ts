// Keep an SSH Config for My Servers: turns on the managed file (~/.ssh/bigv/config, a Host per
// server as server.group.account) and, only if the user says so, adds one Include line at the top
// of ~/.ssh/config, so ssh and Remote-SSH know every server by name.
import * as l10n from '@vscode/l10n';
import type { CommandHandler } from '../context';
import { defineCommand } from '../definition';

export const keepSshConfig: CommandHandler = async (ctx) => {
  const managed = ctx.features.sshConfig;
  if (!managed) return undefined;
  await managed.turnOn();
  if (await managed.includePresent()) {
    void ctx.ui.notify('info', l10n.t('Your servers are in {0}, which {1} includes: ssh and Remote-SSH know each one as server.group.account.', managed.file, managed.userConfig));
    return true;
  }
  const add = l10n.t('Add the Include Line');
  const answer = await ctx.ui.ask(
    l10n.t('Add one line to {0} so that ssh and Remote-SSH read your servers?', managed.userConfig),
    l10n.t(
      'Your servers are now listed in {0}, kept current as they change. For ssh and Remote-SSH to read it, {1} needs the line\n\nInclude ~/.ssh/bigv/config\n\nat its top (an Include further down only applies inside the Host block above it). Nothing else in your file is changed, and turning this off removes the line again.',
      managed.file,
      managed.userConfig,
    ),
    [add],
  );
  if (answer !== add) {
    void ctx.ui.notify('info', l10n.t('Your servers are in {0}. To use them, add "Include ~/.ssh/bigv/config" at the top of {1}, or run this command again.', managed.file, managed.userConfig));
    return false;
  }
  await managed.addInclude();
  void ctx.ui.notify('info', l10n.t('ssh and Remote-SSH now know your servers as server.group.account (from {0}).', managed.file));
  return true;
};

export const definition = defineCommand({
  id: 'bigv.keepSshConfig',
  title: 'Keep an SSH Config for My Servers',
  icon: 'file-symlink-file',
  palette: '!config.bigv.ssh.manageConfig',
  titleBar: [{ view: 'servers', group: '7_ssh@1', when: '!config.bigv.ssh.manageConfig' }],
  route: 'window',
  writes: false,
  run: keepSshConfig,
});
