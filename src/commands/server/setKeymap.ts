// Keymap…: the keyboard layout of the server's graphical console, from the definitions.
import * as l10n from '@vscode/l10n';
import type { Definitions } from '../../api';
import { succeeded, type CommandHandler } from '../context';
import { byKeymapName, keymapName } from '../../model/keymaps';
import { updateSpec } from './updateSpec';
import { defineCommand } from '../definition';

export const setKeymap: CommandHandler = async (ctx, arg) => {
  const target = await ctx.resolveServer(arg, { action: 'setKeymap', placeHolder: l10n.t('Select a server to change its keymap') });
  if (!target) return undefined;
  let defs: Definitions;
  try {
    defs = await ctx.definitions();
  } catch (err) {
    ctx.reportError(l10n.t('load the keymaps'), err);
    return undefined;
  }
  const current = target.vm.keymap ?? null;
  const items = [
    { label: l10n.t('Default'), description: current === null ? l10n.t('current') : undefined, keymap: null as string | null },
    ...byKeymapName(defs.keymaps).map(({ code, name }) => ({ label: name, description: code === current ? l10n.t('{0} · current', code) : code, keymap: code as string | null })),
  ];
  const picked = await ctx.ui.pick(items, { title: l10n.t('Keymap of {0}', target.fullName), placeHolder: l10n.t('Keyboard layout of the graphical console'), matchOnDescription: true });
  if (!picked || picked.keymap === current) return undefined;
  const keymap = picked.keymap;
  const outcomes = await ctx.run([target], updateSpec(
    'setKeymap',
    (t) => l10n.t('Setting the keymap of {0}', t.fullName),
    (t) => l10n.t('{0} now uses the {1} keymap.', t.fullName, keymap === null ? l10n.t('default') : keymapName(keymap)),
    (brain, t, signal) => brain.servers.setKeymap(t.ref, keymap, { signal }),
  ));
  return succeeded(outcomes);
};

export const definition = defineCommand({
  id: 'bigv.setKeymap',
  title: 'Keymap…',
  icon: 'keyboard',
  rows: [
    { kinds: ['server'], menu: '6_change@7' },
  ],
  writes: true,
  run: setKeymap,
});
