// Confirmations shared by the command files, so every one looks and behaves the same.
import * as l10n from '@vscode/l10n';
import type { UiPort } from '../interaction/port';

/** A modal warning with one action button (Cancel is added by VS Code). True if confirmed. */
export async function confirm(ui: UiPort, message: string, detail: string, button: string): Promise<boolean> {
  return (await ui.ask(message, detail, [button])) === button;
}

/**
 * For what cannot be undone: the user types the name. The exact-match check runs as they type,
 * so a mistake is visible before Enter rather than silently cancelling.
 */
export async function confirmByTypingName(ui: UiPort, name: string, title: string, prompt: string): Promise<boolean> {
  const typed = await ui.input({
    title,
    prompt,
    placeHolder: name,
    // Nothing typed yet: no complaint, so the prompt (which says what will be lost) stays visible.
    validate: (value) => (value === '' || value === name ? undefined : l10n.t('Type {0} exactly to confirm, or press Escape to cancel.', name)),
  });
  return typed === name;
}
