// The questions Reimage asks, one function each. Each returns undefined when the user cancels
// (Escape), which ends the command with nothing done.
import { homedir } from 'node:os';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import type { Definitions } from '../../api';
import { generatePassword, MIN_TYPED_PASSWORD_LENGTH, passwordProblem } from '../../model/password';
import { findPublicKeyFiles, parsePublicKey, type KeyProblem } from '../../model/sshKeys';
import type { ServerTarget } from '../../model/target';
import type { PickItem, UiPort } from '../../ui/port';

interface DistributionItem extends PickItem {
  distribution: string;
}

/** The image to install: the one this server last had first, then the rest in order. */
export async function askDistribution(ui: UiPort, target: ServerTarget, definitions: Definitions): Promise<string | undefined> {
  const last = target.vm.last_imaged_with ?? undefined;
  const sorted = [...definitions.distributions].sort((a, b) => a.localeCompare(b));
  const names = last !== undefined && sorted.includes(last) ? [last, ...sorted.filter((d) => d !== last)] : sorted;
  if (names.length === 0) {
    void ui.notify('error', l10n.t('The API offers no operating system images. Try again later, or contact Bytemark support.'));
    return undefined;
  }
  const items: DistributionItem[] = names.map((d) => ({
    label: d,
    distribution: d,
    description: definitions.distributionDescriptions[d],
    ...(d === last ? { detail: l10n.t('Currently installed on {0}', target.vm.name) } : {}),
  }));
  const picked = await ui.pick(items, {
    title: l10n.t('Reimage {0} (1/4): operating system', target.fullName),
    placeHolder: l10n.t('Select the operating system to install'),
    matchOnDescription: true,
  });
  return picked?.distribution;
}

export interface RootPassword {
  value: string;
  /** Generated passwords are shown to the user once afterwards; typed ones they already know. */
  generated: boolean;
}

export async function askRootPassword(ui: UiPort, target: ServerTarget): Promise<RootPassword | undefined> {
  const generate = {
    label: l10n.t('$(key) Generate a strong password'),
    detail: l10n.t('24 random letters and digits, shown once when the reimage has started'),
  };
  const type = { label: l10n.t('$(edit) Type a password'), detail: l10n.t('At least {0} characters', MIN_TYPED_PASSWORD_LENGTH) };
  const title = l10n.t('Reimage {0} (2/4): root password', target.fullName);
  const picked = await ui.pick([generate, type], { title, placeHolder: l10n.t('How to set the root password') });
  if (picked === undefined) return undefined;
  if (picked === generate) return { value: generatePassword(), generated: true };

  const first = await ui.input({
    title,
    prompt: l10n.t('Root password for {0}', target.vm.name),
    password: true,
    validate: (v) => {
      if (v === '') return undefined; // keep the prompt visible until they type
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
    },
  });
  if (!first) return undefined;
  const second = await ui.input({
    title,
    prompt: l10n.t('Type the root password again'),
    password: true,
    validate: (v) => (v === '' || v === first ? undefined : l10n.t('The passwords do not match yet.')),
  });
  if (second !== first) return undefined;
  return { value: first, generated: false };
}

export interface SshKeyChoice {
  /** Lines for /root/.ssh/authorized_keys, or '' for none. */
  value: string;
}

interface KeyItem extends PickItem {
  lines?: string;
  paste?: boolean;
}

export async function askSshKey(ui: UiPort, target: ServerTarget): Promise<SshKeyChoice | undefined> {
  const dir = path.join(homedir(), '.ssh');
  const files = await findPublicKeyFiles(dir);
  const items: KeyItem[] = files.map((f) => ({
    label: `$(key) ${path.basename(f.path)}`,
    description: `${f.keys[0].type} ${f.keys[0].fingerprint}`,
    detail: f.keys.length > 1 ? l10n.t('{0} keys', f.keys.length) : f.keys[0].comment || undefined,
    lines: f.keys.map((k) => k.line).join('\n'),
  }));
  items.push({ label: l10n.t('$(clippy) Paste a key…'), detail: l10n.t('An OpenSSH public key line (ssh-ed25519 AAAA… comment)'), paste: true });
  items.push({ label: l10n.t('$(circle-slash) No key'), detail: l10n.t('Log in as root with the password only'), lines: '' });
  const title = l10n.t('Reimage {0} (3/4): SSH key for root', target.fullName);
  const picked = await ui.pick(items, {
    title,
    placeHolder: files.length > 0 ? l10n.t('Select a public key to authorize for root') : l10n.t('No public keys found in {0}', dir),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked === undefined) return undefined;
  if (!picked.paste) return { value: picked.lines ?? '' };
  const pasted = await ui.input({
    title,
    prompt: l10n.t('Paste the public key (the contents of a .pub file)'),
    placeHolder: 'ssh-ed25519 AAAA… you@example',
    validate: (v) => {
      if (v.trim() === '') return undefined;
      const r = parsePublicKey(v);
      return r.ok ? undefined : keyProblemMessage(r.problem);
    },
  });
  if (pasted === undefined) return undefined;
  const r = parsePublicKey(pasted);
  return r.ok ? { value: r.key.line } : undefined;
}

function keyProblemMessage(problem: KeyProblem): string {
  switch (problem) {
    case 'empty':
      return l10n.t('Paste a public key, or press Escape and choose No key.');
    case 'private-key':
      return l10n.t('This is a PRIVATE key. Never share it: paste the public key from the matching .pub file instead.');
    case 'unknown-type':
      return l10n.t('A public key starts with ssh-ed25519, ssh-rsa or ecdsa-sha2-nistp256/384/521.');
    case 'bad-encoding':
      return l10n.t('The key data is damaged or incomplete. Copy the whole line from the .pub file again.');
    case 'several-lines':
      return l10n.t('Paste one key (one line).');
  }
}

/** The one and only time a generated root password is shown. Never logged. */
export async function showRootPassword(ui: UiPort, target: ServerTarget, distribution: string, password: string): Promise<void> {
  const copy = l10n.t('Copy Password');
  const choice = await ui.ask(
    l10n.t('{0} is being reimaged with {1}.', target.fullName, distribution),
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
