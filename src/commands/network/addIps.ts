// Add IP Addresses…: 1–4 extra IPv4 addresses, routed via the server's primary address. Bytemark
// asks why they are needed, so the reason is required.
import * as l10n from '@vscode/l10n';
import { ipCountProblem } from '../../model/discInput';
import type { CommandHandler } from '../context';
import { runDetail, serverFor } from '../detailActions';
import { defineCommand } from '../definition';

export const addIps: CommandHandler = async (ctx, arg) => {
  const target = await serverFor(ctx, arg, 'addIps', {}, l10n.t('Select a server to add IP addresses to'));
  if (!target) return undefined;
  const title = l10n.t('Add IP Addresses to {0}', target.fullName);
  const count = await ctx.ui.input({ title, prompt: l10n.t('How many IPv4 addresses (1–4)?'), value: '1', validate: ipCountProblem });
  if (count === undefined) return undefined;
  const reason = await ctx.ui.input({
    title,
    prompt: l10n.t('Why are they needed? Bytemark reviews every request.'),
    placeHolder: l10n.t('e.g. a second TLS site'),
    // Required: Enter on an empty box is held with the reason why, never taken as a silent Cancel.
    validate: (v) => (v.trim() !== '' ? undefined : l10n.t('Say why the addresses are needed: Bytemark reviews every request.')),
  });
  if (reason === undefined || reason.trim() === '') return undefined;
  const n = Number(count.trim());
  let added: string[] = [];
  const ok = await runDetail(ctx, target, {
    title: n === 1 ? l10n.t('Adding an IP address to {0}', target.fullName) : l10n.t('Adding {0} IP addresses to {1}', n, target.fullName),
    what: l10n.t('add IP addresses to {0}', target.fullName),
    done: l10n.t('Added to {0}.', target.fullName),
    call: async (brain, signal) => {
      added = await brain.network.addIps(target.ref, { addresses: n, reason: reason.trim(), family: 'ipv4' }, target.vm.network_interfaces?.[0]?.id, { signal });
    },
  });
  if (ok && added.length) {
    const configure = added.length === 1 ? l10n.t('Configure it in the server\'s network settings to use it.') : l10n.t('Configure them in the server\'s network settings to use them.');
    void ctx.ui.notify('info', l10n.t('Added {0} to {1}. {2}', added.join(', '), target.fullName, configure));
  }
  return ok ? added : false;
};

export const definition = defineCommand({
  id: 'bigv.addIps',
  title: 'Add IP Addresses…',
  icon: 'add',
  rows: [
    { kinds: ['network'], menu: '1_net@1', inline: 1 },
  ],
  writes: true,
  run: addIps,
});
