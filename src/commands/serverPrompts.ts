// The questions both Reimage and Create Server ask: the root password and the SSH key for root,
// and the one time a generated password is shown. Given a wizard `step`, each may answer BACK
// (its own second prompt goes back to its first). Undefined means the user cancelled.
import { pasteKeyInput } from './keyProblems';
import { homedir } from 'node:os';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { generatePassword, MIN_TYPED_PASSWORD_LENGTH, passwordProblem } from '../model/password';
import { findPublicKeyFiles, parsePublicKey } from '../model/sshKeys';
import { BACK, type Back, type PickItem, type UiPort, type WizardStep } from '../interaction/port';
import { stepInput, stepPick } from './wizard';

/** Where a prompt is: its title, and its wizard step if it is one. */
export interface PromptFrame {
  title: string;
  step?: WizardStep;
}

export interface RootPassword {
  value: string;
  /** Generated passwords are shown to the user once afterwards; typed ones they already know. */
  generated: boolean;
}

export async function askRootPassword(ui: UiPort, frame: PromptFrame, serverName: string): Promise<RootPassword | Back | undefined> {
  const generate = {
    label: l10n.t('$(key) Generate a strong password'),
    detail: l10n.t('24 random letters and digits, shown once when the server is being set up'),
  };
  const type = { label: l10n.t('$(edit) Type a password'), detail: l10n.t('At least {0} characters', MIN_TYPED_PASSWORD_LENGTH) };
  for (;;) {
    const picked = await stepPick(ui, [generate, type], { ...frame, placeHolder: l10n.t('How to set the root password') });
    if (picked === undefined || picked === BACK) return picked;
    if (picked === generate) return { value: generatePassword(), generated: true };
    const first = await stepInput(ui, {
      ...frame,
      prompt: l10n.t('Root password for {0}', serverName),
      password: true,
      validate: (v) => (v === '' ? undefined : passwordProblemText(v)), // nothing typed: keep the prompt visible
    });
    if (first === BACK) continue;
    if (!first) return undefined;
    const second = await stepInput(ui, {
      ...frame,
      prompt: l10n.t('Type the root password again'),
      password: true,
      validate: (v) => (v === '' || v === first ? undefined : l10n.t('The passwords do not match yet.')),
    });
    if (second === BACK) continue;
    return second === first ? { value: first, generated: false } : undefined;
  }
}

function passwordProblemText(v: string): string | undefined {
  switch (passwordProblem(v)) {
    case 'too-short':
      return l10n.t('Use at least {0} characters.', MIN_TYPED_PASSWORD_LENGTH);
    case 'control-characters':
      return l10n.t('Use printable characters only: no tabs or line breaks.');
    case 'edge-spaces':
      return l10n.t('Remove the spaces at the start or end.');
    case undefined:
      return undefined;
  }
}

export interface SshKeyChoice {
  /** Lines for /root/.ssh/authorized_keys, or '' for none. */
  value: string;
}

export interface KeyItem extends PickItem {
  lines?: string;
  paste?: boolean;
}

/** Keys to offer: `first` (the user's Bytemark keys, say), then ~/.ssh/*.pub, Paste, and No key. */
export async function askSshKey(ui: UiPort, frame: PromptFrame, first: readonly KeyItem[] = []): Promise<SshKeyChoice | Back | undefined> {
  const dir = path.join(homedir(), '.ssh');
  const files = await findPublicKeyFiles(dir);
  const items: KeyItem[] = [...first];
  items.push(...files.map((f) => ({
    label: `$(key) ${path.basename(f.path)}`,
    description: `${f.keys[0].type} ${f.keys[0].fingerprint}`,
    detail: f.keys.length > 1 ? l10n.t('{0} keys', f.keys.length) : f.keys[0].comment || undefined,
    lines: f.keys.map((k) => k.line).join('\n'),
  })));
  items.push({ label: l10n.t('$(clippy) Paste a key…'), detail: l10n.t('An OpenSSH public key line (ssh-ed25519 AAAA… comment)'), paste: true });
  items.push({ label: l10n.t('$(circle-slash) No key'), detail: l10n.t('Log in as root with the password only'), lines: '' });
  for (;;) {
    const picked = await stepPick(ui, items, {
      ...frame,
      placeHolder: files.length + first.length > 0 ? l10n.t('Select a public key to authorize for root') : l10n.t('No public keys found in {0}', dir),
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (picked === undefined || picked === BACK) return picked;
    if (!picked.paste) return { value: picked.lines ?? '' };
    const pasted = await stepInput(ui, {
      ...frame,
      ...pasteKeyInput(),
    });
    if (pasted === BACK) continue;
    if (pasted === undefined) return undefined;
    const r = parsePublicKey(pasted);
    return r.ok ? { value: r.key.line } : undefined;
  }
}


/** The one and only time a generated root password is shown, under `heading`. Never logged. */
export async function showRootPassword(ui: UiPort, heading: string, password: string): Promise<void> {
  const copy = l10n.t('Copy Password');
  const choice = await ui.ask(
    heading,
    l10n.t('Root password: {0}\n\nThis is the only time it is shown. Copy it now and keep it somewhere safe.', password),
    [copy],
    // "Close" rather than VS Code's default "Cancel": there is nothing left to cancel.
    { severity: 'info', closeLabel: l10n.t('Close') },
  );
  if (choice === copy) {
    await ui.copy(password);
    ui.flash(l10n.t('$(check) Root password copied to the clipboard'));
  }
}
