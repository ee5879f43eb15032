// Turn Automatic Restart On: whether the brain starts the server again when it powers off by
// itself (a crash, a shutdown from inside). Offered on a running server, only where it changes something.
import * as l10n from '@vscode/l10n';
import { succeeded, type CommandHandler } from '../context';
import { updateSpec } from './updateSpec';
import { defineCommand } from '../definition';

export const autorebootOn: CommandHandler = async (ctx, arg) => {
  const target = await ctx.resolveServer(arg, { action: 'autorebootOn', placeHolder: l10n.t('Select a server to turn automatic restart on for') });
  if (!target) return undefined;
  const outcomes = await ctx.run([target], updateSpec(
    'autorebootOn',
    (t) => l10n.t('Turning automatic restart on for {0}', t.fullName),
    (t) => l10n.t('Automatic restart is on for {0}.', t.fullName),
    (brain, t, signal) => brain.servers.setAutoreboot(t.ref, true, { signal }),
  ));
  return succeeded(outcomes);
};

export const definition = defineCommand({
  id: 'bigv.autorebootOn',
  title: 'Turn Automatic Restart On',
  icon: 'debug-restart',
  rows: [
    { kinds: ['server'], menu: '6_change@8' },
  ],
  writes: true,
  run: autorebootOn,
});
