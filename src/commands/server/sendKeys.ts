// Sends a key combination to the server's virtual keyboard, e.g. Ctrl+Alt+Delete or a magic
// SysRq, for a guest that no longer answers on the network.
import * as vscode from 'vscode';
import { comboAvailable, parseKeys } from '../../model/sendKeys';
import type { CommandHandler } from '../context';
import { requireState, whereServer } from '../prompts';

interface ComboItem extends vscode.QuickPickItem {
  data?: string;
}

function commonCombos(): ComboItem[] {
  return [
    { label: 'Ctrl+Alt+Delete', data: 'ctrl-alt-delete', description: vscode.l10n.t('Reboot (most Linux systems)') },
    { label: 'Alt+SysRq+S', data: 'alt-sysrq-s', description: vscode.l10n.t('Magic SysRq: sync discs') },
    { label: 'Alt+SysRq+U', data: 'alt-sysrq-u', description: vscode.l10n.t('Magic SysRq: remount read-only') },
    { label: 'Alt+SysRq+B', data: 'alt-sysrq-b', description: vscode.l10n.t('Magic SysRq: reboot now') },
    { label: 'Alt+SysRq+O', data: 'alt-sysrq-o', description: vscode.l10n.t('Magic SysRq: power off now') },
    { label: 'Alt+SysRq+E', data: 'alt-sysrq-e', description: vscode.l10n.t('Magic SysRq: terminate all processes') },
    { label: 'Alt+SysRq+F', data: 'alt-sysrq-f', description: vscode.l10n.t('Magic SysRq: run the OOM killer') },
    { label: 'Ctrl+Alt+F1', data: 'ctrl-alt-f1', description: vscode.l10n.t('Switch to virtual console 1') },
    { label: 'Ctrl+Alt+F2', data: 'ctrl-alt-f2', description: vscode.l10n.t('Switch to virtual console 2') },
    { label: 'Alt+F4', data: 'alt-f4', description: vscode.l10n.t('Close window') },
    { label: 'Esc', data: 'esc' },
    { label: 'Enter', data: 'ret' },
  ];
}

export const sendKeys: CommandHandler = async (services, arg) => {
  const target = await services.resolveServer(arg, {
    filter: whereServer('running'),
    placeHolder: vscode.l10n.t('Select a running server to send keys to'),
  });
  if (!target || !requireState(target, 'running')) return undefined;
  let validKeys: string[];
  try {
    validKeys = (await services.definitions()).sendkeys;
  } catch (err) {
    services.reportError(vscode.l10n.t('load the list of keys the API accepts'), err);
    return undefined;
  }
  const enterKeys: ComboItem = { label: vscode.l10n.t('$(edit) Enter keys…'), description: vscode.l10n.t('e.g. ctrl-alt-f3') };
  const picked = await vscode.window.showQuickPick<ComboItem>(
    [...commonCombos().filter((c) => c.data !== undefined && comboAvailable(c.data, validKeys)), enterKeys],
    { title: vscode.l10n.t('Send Keys to {0}', target.fullName), placeHolder: vscode.l10n.t('Select keys to press together'), matchOnDescription: true },
  );
  if (!picked) return undefined;
  let data = picked.data;
  if (data === undefined) {
    const typed = await vscode.window.showInputBox({
      title: vscode.l10n.t('Send Keys to {0}', target.fullName),
      prompt: vscode.l10n.t('Key names separated by dashes, pressed together (e.g. ctrl-alt-f3, alt-sysrq-h).'),
      ignoreFocusOut: true,
      validateInput: (value) => (value.trim() === '' ? undefined : keysProblem(value, validKeys)),
    });
    if (typed === undefined) return undefined;
    const parsed = parseKeys(typed, validKeys);
    if (!parsed.ok) return undefined;
    data = parsed.data;
  }
  const keys = data;
  return services.runAction(target, vscode.l10n.t('Sending {0} to {1}', keys, target.fullName), (brain, signal) => brain.signal(target.ref, 'sendkey', keys, { signal }));
};

function keysProblem(value: string, validKeys: readonly string[]): string | undefined {
  const parsed = parseKeys(value, validKeys);
  if (parsed.ok) return undefined;
  switch (parsed.problem) {
    case 'empty':
      return vscode.l10n.t('Enter at least one key name.');
    case 'empty-key':
      return vscode.l10n.t('Key {0} is empty: remove the doubled dash.', parsed.position);
    case 'unknown-key':
      return parsed.suggestion
        ? vscode.l10n.t('"{0}" is not a key the console knows. Did you mean "{1}"?', parsed.key, parsed.suggestion)
        : vscode.l10n.t('"{0}" is not a key the console knows. Valid names include ctrl, alt, shift, esc, ret, f1–f12, a–z and 0–9.', parsed.key);
  }
}
