// One address is copied at once; with several (IPv6, extra IPs, more NICs) the user picks,
// the primary IPv4 first.
import * as l10n from '@vscode/l10n';
import { serverAddresses, type ServerAddress } from '../../model/addresses';
import type { PickItem } from '../../interaction/port';
import type { CommandHandler } from '../context';
import { defineCommand } from '../definition';

interface AddressItem extends PickItem {
  address: ServerAddress;
}

export const copyIpAddress: CommandHandler = async (ctx, arg) => {
  const target = await ctx.resolveServer(arg, { action: 'copyIpAddress', placeHolder: l10n.t('Select a server to copy an IP address') });
  if (!target) return undefined;
  let addresses = serverAddresses(target.vm);
  if (addresses.length === 0 && target.vm.network_interfaces === undefined) {
    // Without view=overview a server has no NICs in it; a single GET has them.
    addresses = serverAddresses((await ctx.refreshServer(target)) ?? target.vm);
  }
  if (addresses.length === 0) {
    void ctx.ui.notify('info', l10n.t('{0} has no IP addresses.', target.fullName));
    return undefined;
  }
  let chosen = addresses[0]!;
  if (addresses.length > 1) {
    const items: AddressItem[] = addresses.map((a) => ({ label: a.ip, description: describe(a), address: a }));
    const picked = await ctx.ui.pick(items, {
      title: l10n.t('Copy IP Address of {0}', target.fullName),
      placeHolder: l10n.t('Select the address to copy'),
      matchOnDescription: true,
    });
    if (!picked) return undefined;
    chosen = picked.address;
  }
  await ctx.ui.copy(chosen.ip);
  ctx.ui.flash(l10n.t('$(check) Copied {0}', chosen.ip));
  return chosen.ip;
};

function describe(a: ServerAddress): string {
  const kind = a.kind === 'ipv4' ? l10n.t('IPv4') : a.kind === 'ipv6' ? l10n.t('IPv6') : l10n.t('extra IP, routed via {0}', a.routedVia ?? '?');
  const parts = [kind, a.nic];
  if (a.primary) parts.unshift(l10n.t('primary'));
  return parts.join(' · ');
}

export const definition = defineCommand({
  id: 'bigv.copyIpAddress',
  title: 'Copy IP Address',
  icon: 'copy',
  rows: [
    { kinds: ['server'], menu: '4_copy@2' },
  ],
  writes: false,
  run: copyIpAddress,
});
