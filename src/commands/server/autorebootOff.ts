// Turn Automatic Restart Off: whether the brain starts the server again when it powers off by
// itself (a crash, a shutdown from inside). Offered on a running server, only where it changes something.
import * as l10n from '@vscode/l10n';
import { succeeded, type CommandHandler } from '../context';
import { updateSpec } from './updateSpec';
import { defineCommand } from '../definition';

export const autorebootOff: CommandHandler = async (ctx, arg) => {
  const target = await ctx.resolveServer(arg, { action: 'autorebootOff', placeHolder: l10n.t('Select a server to turn automatic restart off for') });
  if (!target) return undefined;
  const outcomes = await ctx.run([target], updateSpec(
    'autorebootOff',
    (t) => l10n.t('Turning automatic restart off for {0}', t.fullName),
    (t) => l10n.t('Automatic restart is off for {0}.', t.fullName),
    (brain, t, signal) => brain.servers.setAutoreboot(t.ref, false, { signal }),
  ));
  return succeeded(outcomes);
};

export const definition = defineCommand({
  id: 'bigv.autorebootOff',
  title: 'Turn Automatic Restart Off',
  icon: 'debug-stop',
  rows: [
    { kinds: ['server'], menu: '6_change@9' },
  ],
  writes: true,
  run: autorebootOff,
});
