// Small prompts and checks shared by the command files, so each command reads as
// "resolve → confirm → act" and every confirmation looks and behaves the same.
import * as vscode from 'vscode';
import { currentSettings } from '../config';
import type { WaitOptions } from '../model/operations/power';
import { isDeleted, isLive, isRunning, isStopped } from '../model/states';
import type { ServerTarget } from './context';

/** A modal warning with one action button (Cancel is added by VS Code). True if confirmed. */
export async function confirmModal(message: string, detail: string, button: string): Promise<boolean> {
  const choice = await vscode.window.showWarningMessage(message, { modal: true, detail }, button);
  return choice === button;
}

/**
 * For what cannot be undone: the user types the server's name. The exact-match check runs as
 * they type, so a mistake is visible before Enter rather than silently cancelling.
 */
export async function confirmByTypingName(target: ServerTarget, title: string, prompt: string): Promise<boolean> {
  const name = target.vm.name;
  const typed = await vscode.window.showInputBox({
    title,
    prompt,
    placeHolder: name,
    ignoreFocusOut: true,
    // Nothing typed yet: no complaint, so the prompt (which says what will be lost) stays visible.
    validateInput: (value) =>
      value === '' || value === name ? undefined : vscode.l10n.t('Type {0} exactly to confirm, or press Escape to cancel.', name),
  });
  return typed === name;
}

export type NeededState = 'running' | 'stopped' | 'live' | 'deleted';

const holds: Record<NeededState, (t: ServerTarget) => boolean> = {
  running: (t) => isRunning(t.vm),
  stopped: (t) => isStopped(t.vm),
  live: (t) => isLive(t.vm),
  deleted: (t) => isDeleted(t.vm),
};

/** Quick pick filter for a needed state. */
export const whereServer = (need: NeededState) => holds[need];

/**
 * A tree node can be stale (the menu was drawn before the last poll), and the quick pick filter
 * only applies to the palette; so each command re-checks the state it needs and says why not.
 */
export function requireState(target: ServerTarget, need: NeededState): boolean {
  if (holds[need](target)) return true;
  const name = target.fullName;
  let why: string;
  if (need === 'deleted') why = vscode.l10n.t('{0} is not deleted.', name);
  else if (isDeleted(target.vm)) why = vscode.l10n.t('{0} is deleted. Restore it first.', name);
  else if (need === 'running') why = vscode.l10n.t('{0} is powered off. Start it first.', name);
  else why = vscode.l10n.t('{0} is already running.', name);
  void vscode.window.showInformationMessage(why);
  return false;
}

/** How to wait inside a flow: the user's poll interval, and a generous limit. */
export function waitOptions(signal: AbortSignal, timeoutMs: number, onPoll?: WaitOptions['onPoll']): WaitOptions {
  const intervalMs = currentSettings().pollIntervalSeconds * 1000;
  return onPoll ? { intervalMs, timeoutMs, signal, onPoll } : { intervalMs, timeoutMs, signal };
}

/** A short confirmation in the status bar, for actions whose result is self-evident (copy). */
export function flash(message: string): void {
  vscode.window.setStatusBarMessage(message, 4000);
}
