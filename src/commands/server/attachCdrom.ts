// Attach CD-ROM…: an ISO image by its public http(s) URL (a rescue or installer image), which the
// server sees as its CD drive, and boots from when it has no working disc. Checked as typed.
import * as l10n from '@vscode/l10n';
import { succeeded, type CommandHandler } from '../context';
import { updateSpec } from './updateSpec';
import { defineCommand } from '../definition';

export function cdromUrlProblem(v: string): string | undefined {
  const value = v.trim();
  if (value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return l10n.t('Type a whole URL, starting with https:// or http://');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return l10n.t('Bytemark Cloud fetches the image itself, over http or https only.');
  if (url.hostname === '' || url.hostname === 'localhost' || url.username || url.password) return l10n.t('Use a public address Bytemark Cloud can reach, without a user name or password.');
  return undefined;
}

export const attachCdrom: CommandHandler = async (ctx, arg) => {
  const target = await ctx.resolveServer(arg, { action: 'attachCdrom', placeHolder: l10n.t('Select a server to attach a CD-ROM to') });
  if (!target) return undefined;
  const current = target.vm.cdrom_url ?? '';
  const url = await ctx.ui.input({
    title: l10n.t('Attach CD-ROM to {0}', target.fullName),
    prompt: current ? l10n.t('URL of the ISO image (replaces {0})', current) : l10n.t('Public http(s) URL of an ISO image: a rescue or installer CD'),
    placeHolder: 'https://example.com/debian-12-netinst.iso',
    validate: cdromUrlProblem,
  });
  if (url === undefined || url.trim() === '') return undefined;
  const iso = url.trim();
  const outcomes = await ctx.run([target], updateSpec(
    'attachCdrom',
    (t) => l10n.t('Attaching a CD-ROM to {0}', t.fullName),
    (t) => l10n.t('Attached {0} to {1}. It boots from it when it has no bootable disc, or from its boot menu.', iso.split('/').pop() ?? iso, t.fullName),
    (brain, t, signal) => brain.servers.setCdrom(t.ref, iso, { signal }),
  ));
  return succeeded(outcomes);
};

export const definition = defineCommand({
  id: 'bigv.attachCdrom',
  title: 'Attach CD-ROM…',
  icon: 'link',
  rows: [
    { kinds: ['server'], menu: '6_change@4' },
  ],
  writes: true,
  run: attachCdrom,
});
