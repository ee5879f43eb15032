// Finds a server by part of its name, hostname or IP address, and shows it in the tree.
import * as l10n from '@vscode/l10n';
import { primaryIp } from '../../model/format';
import { stateLabel, stateOf } from '../../model/serverState';
import type { ServerTarget } from '../../model/target';
import type { PickItem } from '../../interaction/port';
import { serverAddresses } from '../../model/addresses';
import type { CommandHandler } from '../context';
import { defineCommand } from '../definition';

interface ServerItem extends PickItem {
  target: ServerTarget;
  reveal(target: ServerTarget): Promise<void>;
}

export const goToServer: CommandHandler = async (ctx) => {
  // Every signed-in profile's servers: the user looks for a server, not for a profile first.
  const everywhere = await ctx.profiles.everyServer();
  const several = everywhere.length > 1;
  const items: ServerItem[] = everywhere.flatMap(({ profile, servers, reveal }) => servers.map((t) => ({
    label: t.vm.name,
    description: several ? `${t.groupName}.${t.accountName} · ${profile.name}` : `${t.groupName}.${t.accountName}`,
    // Every address and the hostname, so typing any of them finds the server.
    detail: [stateLabel(stateOf(t.vm, t.pending)), primaryIp(t.vm), t.vm.hostname, ...serverAddresses(t.vm).map((a) => a.ip).filter((ip) => ip !== primaryIp(t.vm))].filter(Boolean).join(' · '),
    target: t,
    reveal,
  })));
  if (items.length === 0) {
    void ctx.ui.notify('info', everywhere.length ? l10n.t('There are no servers to go to.') : l10n.t('Sign in to find a server.'));
    return undefined;
  }
  const picked = await ctx.ui.pick(items, {
    title: l10n.t('Go to Server'),
    placeHolder: l10n.t('Type part of a name, hostname or IP address'),
    matchOnDescription: true,
    matchOnDetail: true,
    fullName: (item) => (item as ServerItem).target.fullName,
  });
  if (!picked) return undefined;
  await picked.reveal(picked.target);
  return picked.target.fullName;
};

export const definition = defineCommand({
  id: 'bigv.goToServer',
  title: 'Go to Server…',
  icon: 'go-to-search',
  titleBar: [
    { view: 'servers', group: '7_find@1', when: 'bigv.signedIn' },
  ],
  key: { key: 'ctrl+alt+g', mac: 'cmd+alt+g', when: 'bigv.signedIn' },
  route: 'window',
  writes: false,
  run: goToServer,
});
