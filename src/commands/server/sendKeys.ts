// Sends a key combination to the server's virtual keyboard, e.g. Ctrl+Alt+Delete or a magic
// SysRq, for a guest that no longer answers on the network.
import * as l10n from '@vscode/l10n';
import { comboAvailable, parseKeys } from '../../model/sendKeys';
import type { PickItem } from '../../interaction/port';
import { succeeded, type CommandHandler } from '../context';
import { defineCommand } from '../definition';

interface ComboItem extends PickItem {
  data?: string;
}

function commonCombos(): ComboItem[] {
  return [
    { label: 'Ctrl+Alt+Delete', data: 'ctrl-alt-delete', description: l10n.t('Reboot (most Linux systems)') },
    { label: 'Alt+SysRq+S', data: 'alt-sysrq-s', description: l10n.t('Magic SysRq: sync discs') },
    { label: 'Alt+SysRq+U', data: 'alt-sysrq-u', description: l10n.t('Magic SysRq: remount read-only') },
    { label: 'Alt+SysRq+B', data: 'alt-sysrq-b', description: l10n.t('Magic SysRq: reboot now') },
    { label: 'Alt+SysRq+O', data: 'alt-sysrq-o', description: l10n.t('Magic SysRq: power off now') },
    { label: 'Alt+SysRq+E', data: 'alt-sysrq-e', description: l10n.t('Magic SysRq: terminate all processes') },
    { label: 'Alt+SysRq+F', data: 'alt-sysrq-f', description: l10n.t('Magic SysRq: run the OOM killer') },
    { label: 'Ctrl+Alt+F1', data: 'ctrl-alt-f1', description: l10n.t('Switch to virtual console 1') },
    { label: 'Ctrl+Alt+F2', data: 'ctrl-alt-f2', description: l10n.t('Switch to virtual console 2') },
    { label: 'Alt+F4', data: 'alt-f4', description: l10n.t('Close window') },
    { label: 'Esc', data: 'esc' },
    { label: 'Enter', data: 'ret' },
  ];
}

export const sendKeys: CommandHandler = async (ctx, arg) => {
  const target = await ctx.resolveServer(arg, { action: 'sendKeys', placeHolder: l10n.t('Select a running server to send keys to') });
  if (!target) return undefined;
  let validKeys: string[];
  try {
    validKeys = (await ctx.definitions()).sendkeys;
  } catch (err) {
    ctx.reportError(l10n.t('load the list of keys the API accepts'), err);
    return undefined;
  }
  const title = l10n.t('Send Keys to {0}', target.fullName);
  const enterKeys: ComboItem = { label: l10n.t('$(edit) Enter keys…'), description: l10n.t('e.g. ctrl-alt-f3') };
  const combos = commonCombos().filter((c) => c.data !== undefined && comboAvailable(c.data, validKeys));
  const picked = await ctx.ui.pick<ComboItem>([...combos, enterKeys], { title, placeHolder: l10n.t('Select keys to press together'), matchOnDescription: true });
  if (!picked) return undefined;
  let keys = picked.data;
  if (keys === undefined) {
    const typed = await ctx.ui.input({
      title,
      prompt: l10n.t('Key names separated by dashes, pressed together (e.g. ctrl-alt-f3, alt-sysrq-h).'),
      validate: (value) => (value.trim() === '' ? undefined : keysProblem(value, validKeys)),
    });
    if (typed === undefined) return undefined;
    const parsed = parseKeys(typed, validKeys);
    if (!parsed.ok) return undefined;
    keys = parsed.data;
  }
  const data = keys;
  const outcomes = await ctx.run([target], {
    action: 'sendKeys',
    title: (t) => l10n.t('Sending {0} to {1}', data, t.fullName),
    done: (t) => l10n.t('Sent {0} to {1}.', data, t.fullName),
    call: (brain, t, signal) => brain.signal(t.ref, 'sendkey', data, { signal }),
  });
  return succeeded(outcomes);
};

function keysProblem(value: string, validKeys: readonly string[]): string | undefined {
  const parsed = parseKeys(value, validKeys);
  if (parsed.ok) return undefined;
  switch (parsed.problem) {
    case 'empty':
      return l10n.t('Enter at least one key name.');
    case 'empty-key':
      return l10n.t('Key {0} is empty: remove the doubled dash.', parsed.position);
    case 'unknown-key':
      return parsed.suggestion
        ? l10n.t('"{0}" is not a key the console knows. Did you mean "{1}"?', parsed.key, parsed.suggestion)
        : l10n.t('"{0}" is not a key the console knows. Valid names include ctrl, alt, shift, esc, ret, f1–f12, a–z and 0–9.', parsed.key);
  }
}

export const definition = defineCommand({
  id: 'bigv.sendKeys',
  title: 'Send Keys…',
  icon: 'keyboard',
  rows: [
    { kinds: ['server'], menu: '2_signals@2' },
  ],
  writes: true,
  run: sendKeys,
});
