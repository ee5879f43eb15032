// The interactive part of sign-in: asks for what the auth server needs, one box at a time, and
// returns the new session. Secrets live only in local variables here and in SecretStorage.
import * as vscode from 'vscode';
import { BadCredentialsError, CancelledError, SecondFactorRequiredError, type Credentials, type SessionInfo } from '../api';
import { errorReason } from '../model/errorText';
import type { SessionUi, SignInOptions, SignInResult } from '../session/types';

const title = (): string => vscode.l10n.t('Sign in to Bytemark Cloud');

function nonEmpty(message: string): (v: string) => string | undefined {
  return (v) => (v.trim() === '' ? message : undefined);
}

/** Undefined when the user cancelled at any step. */
export async function runSignInFlow(o: SignInOptions): Promise<SignInResult | undefined> {
  let username = o.lastUsername;
  for (;;) {
    username = await vscode.window.showInputBox({
      title: title(),
      prompt: vscode.l10n.t('Username for {0}', new URL(o.authEndpoint).host),
      value: username ?? '',
      ignoreFocusOut: true,
      validateInput: nonEmpty(vscode.l10n.t('Enter your username.')),
    });
    if (username === undefined) return undefined;
    username = username.trim();
    const password = await vscode.window.showInputBox({
      title: title(),
      prompt: vscode.l10n.t('Password for {0}', username),
      password: true,
      ignoreFocusOut: true,
      validateInput: nonEmpty(vscode.l10n.t('Enter your password.')),
    });
    if (password === undefined) return undefined;
    const creds: Credentials = { username, password, validitySeconds: o.validitySeconds };
    if (o.useYubikey) {
      const otp = await askCode(vscode.l10n.t('Yubikey'), vscode.l10n.t('Touch your Yubikey (setting bigv.useYubikey is on)'));
      if (otp === undefined) return undefined;
      creds.yubikey = otp;
    }

    let outcome = await attempt(o, creds);
    if (outcome === 'second-factor') {
      const code = await askCode(vscode.l10n.t('One-time code'), vscode.l10n.t('Enter the 6-digit code from your authenticator app'));
      if (code === undefined) return undefined;
      creds.secondFactor = code;
      outcome = await attempt(o, creds);
      if (outcome === 'second-factor') outcome = new SecondFactorRequiredError();
    }
    if (outcome === 'cancelled') return undefined;
    if (outcome instanceof Error) {
      const bad = outcome instanceof BadCredentialsError || outcome instanceof SecondFactorRequiredError;
      const message = bad
        ? vscode.l10n.t('Sign-in failed: the username, password or one-time code was not accepted.')
        : vscode.l10n.t('Could not sign in to Bytemark Cloud: {0}', errorReason(outcome));
      const again = vscode.l10n.t('Try Again');
      const choice = bad
        ? await vscode.window.showErrorMessage(message, again)
        : await vscode.window.showErrorMessage(message, again, vscode.l10n.t('Open Settings'));
      if (choice === again) continue;
      if (choice !== undefined) void vscode.commands.executeCommand('workbench.action.openSettings', 'bigv.authEndpoint');
      return undefined;
    }
    return { ...outcome, password };
  }
}

function askCode(step: string, prompt: string): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: `${title()}: ${step}`,
    prompt,
    password: true,
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() === '' ? vscode.l10n.t('Enter the code.') : undefined),
  }).then((v) => v?.trim());
}

type Attempt = { token: string; info: SessionInfo } | 'second-factor' | 'cancelled' | Error;

/** One POST /session + GET /session/{token} under a cancellable progress notification. */
function attempt(o: SignInOptions, creds: Credentials): Thenable<Attempt> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Signing in to Bytemark Cloud…'), cancellable: true },
    async (_progress, cancel): Promise<Attempt> => {
      const ac = new AbortController();
      const sub = cancel.onCancellationRequested(() => ac.abort());
      try {
        const token = await o.auth.createSession(creds, { signal: ac.signal });
        const info = await o.auth.readSession(token, { signal: ac.signal });
        return { token, info };
      } catch (err) {
        if (err instanceof SecondFactorRequiredError) return 'second-factor';
        if (err instanceof CancelledError || ac.signal.aborted) return 'cancelled';
        return err instanceof Error ? err : new Error(String(err));
      } finally {
        sub.dispose();
      }
    },
  );
}

/** The session's UI, in VS Code: input boxes, progress and notifications. */
export const vscodeSessionUi: SessionUi = {
  signIn: (o) => runSignInFlow(o),
  async sessionExpired() {
    const signIn = vscode.l10n.t('Sign In');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('Your BigV session expired. Sign in again to see and manage your servers.'),
      signIn,
    );
    return choice === signIn;
  },
  endpointUnusable(reason) {
    const open = vscode.l10n.t('Open Settings');
    void vscode.window
      .showErrorMessage(vscode.l10n.t('Cannot sign in: {0}', reason), open)
      .then((c) => (c === open ? vscode.commands.executeCommand('workbench.action.openSettings', 'bigv.authEndpoint') : undefined));
  },
};
