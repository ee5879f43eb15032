// The questions both Reimage and Create Server ask: the root password (the SSH keys for root are
// in sshKeyPrompts.ts, the first-boot script in firstBootPrompts.ts), and the one time a generated
// password is shown. Given a wizard `step`, each may answer BACK
// (its own second prompt goes back to its first). Undefined means the user cancelled.
import * as l10n from '@vscode/l10n';
import { generatePassword, MIN_TYPED_PASSWORD_LENGTH, passwordProblem } from '../model/password';
import { BACK, type Back, type UiPort, type WizardStep } from '../interaction/port';
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
