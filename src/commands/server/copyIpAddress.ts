// One address is copied at once; with several (IPv6, extra IPs, more NICs) the user picks,
// the primary IPv4 first.
import * as vscode from 'vscode';
import { serverAddresses, type ServerAddress } from '../../model/addresses';
import type { CommandHandler } from '../context';
import { flash } from '../prompts';

interface AddressItem extends vscode.QuickPickItem {
  address: ServerAddress;
}

export const copyIpAddress: CommandHandler = async (services, arg) => {
  const target = await services.resolveServer(arg, { placeHolder: vscode.l10n.t('Select a server to copy an IP address') });
  if (!target) return undefined;
  let addresses = serverAddresses(target.vm);
  if (addresses.length === 0 && target.vm.network_interfaces === undefined) {
    // Without view=overview a server has no NICs in it; a single GET has them.
    addresses = serverAddresses((await services.refreshServer(target)) ?? target.vm);
  }
  if (addresses.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} has no IP addresses.', target.fullName));
    return undefined;
  }
  let chosen = addresses[0];
  if (addresses.length > 1) {
    const items: AddressItem[] = addresses.map((a) => ({ label: a.ip, description: describe(a), address: a }));
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Copy IP Address of {0}', target.fullName),
      placeHolder: vscode.l10n.t('Select the address to copy'),
      matchOnDescription: true,
    });
    if (!picked) return undefined;
    chosen = picked.address;
  }
  await vscode.env.clipboard.writeText(chosen.ip);
  flash(vscode.l10n.t('$(check) Copied {0}', chosen.ip));
  return chosen.ip;
};

function describe(a: ServerAddress): string {
  const kind =
    a.kind === 'ipv4'
      ? vscode.l10n.t('IPv4')
      : a.kind === 'ipv6'
        ? vscode.l10n.t('IPv6')
        : vscode.l10n.t('extra IP, routed via {0}', a.routedVia ?? '?');
  const parts = [kind, a.nic];
  if (a.primary) parts.unshift(vscode.l10n.t('primary'));
  return parts.join(' · ');
}
