// Eject CD-ROM: offered only while a CD is attached (the state model checks cdrom_url).
import * as l10n from '@vscode/l10n';
import { succeeded, type CommandHandler } from '../context';
import { updateSpec } from './updateSpec';
import { defineCommand } from '../definition';

export const ejectCdrom: CommandHandler = async (ctx, arg) => {
  const target = await ctx.resolveServer(arg, { action: 'ejectCdrom', placeHolder: l10n.t('Select a server to eject its CD-ROM') });
  if (!target) return undefined;
  const outcomes = await ctx.run([target], updateSpec(
    'ejectCdrom',
    (t) => l10n.t('Ejecting the CD-ROM of {0}', t.fullName),
    (t) => l10n.t('Ejected the CD-ROM of {0}.', t.fullName),
    (brain, t, signal) => brain.servers.setCdrom(t.ref, null, { signal }),
  ));
  return succeeded(outcomes);
};

export const definition = defineCommand({
  id: 'bigv.ejectCdrom',
  title: 'Eject CD-ROM',
  icon: 'debug-disconnect',
  rows: [
    { kinds: ['server'], menu: '6_change@5' },
  ],
  writes: true,
  run: ejectCdrom,
});
