// Swap IPs with…: two powered-off servers exchange their primary addresses (and, if asked, extras).
import * as l10n from '@vscode/l10n';
import { canSub } from '../../model/discState';
import type { CommandHandler } from '../context';
import { runDetail, serverFor } from '../detailActions';
import { defineCommand } from '../definition';

export const swapIps: CommandHandler = async (ctx, arg) => {
  const target = await serverFor(ctx, arg, 'swapIps', {}, l10n.t('Select a powered-off server'));
  if (!target) return undefined;
  const others = (await ctx.view.allServers())?.filter((t) => t.vm.id !== target.vm.id && canSub('swapIps', t.vm, t.pending)) ?? [];
  if (others.length === 0) {
    void ctx.ui.notify('info', l10n.t('No other powered-off server to swap addresses with. Both servers must be powered off.'));
    return undefined;
  }
  const title = l10n.t('Swap IPs of {0}', target.fullName);
  const picked = await ctx.ui.pick(others.map((t) => ({ label: t.vm.name, description: `${t.groupName}.${t.accountName}`, t })), {
    title, placeHolder: l10n.t('Select the powered-off server to swap addresses with'), matchOnDescription: true,
  });
  if (!picked) return undefined;
  const other = picked.t;
  const withExtras = l10n.t('Swap, With Extra IPs');
  const primaryOnly = l10n.t('Swap Primary Only');
  const choice = await ctx.ui.ask(
    l10n.t('Swap the IP addresses of {0} and {1}?', target.fullName, other.fullName),
    l10n.t('Each server takes the other\'s addresses; DNS and firewall rules pointing at them now reach the other server.'),
    [withExtras, primaryOnly],
  );
  if (choice === undefined) return undefined;
  const ok = await runDetail(ctx, target, {
    title: l10n.t('Swapping the IP addresses of {0} and {1}', target.fullName, other.fullName),
    what: l10n.t('swap the IP addresses of {0} and {1}', target.fullName, other.fullName),
    done: l10n.t('Swapped the IP addresses of {0} and {1}.', target.fullName, other.fullName),
    announce: true,
    call: (brain, signal) => brain.network.swapIps(target.vm.id, other.vm.id, choice === withExtras, { signal }),
    undo: () => ({ kind: 'swapIps', other: other.vm.id, otherName: other.fullName, extras: choice === withExtras }),
  });
  if (ok) {
    await ctx.refreshServer(other);
    ctx.details.forget(other.vm.id);
  }
  return ok;
};

export const definition = defineCommand({
  id: 'bigv.swapIps',
  title: 'Swap IPs with…',
  icon: 'arrow-swap',
  rows: [
    { kinds: ['network'], menu: '1_net@2' },
  ],
  writes: true,
  run: swapIps,
});
