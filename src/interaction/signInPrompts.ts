// The interactive part of sign-in: asks for what the auth server needs, one box at a time, and
// returns the new session. Secrets live only in local variables here and in SecretStorage.
import * as l10n from '@vscode/l10n';
import { BadCredentialsError, CancelledError, SecondFactorRequiredError, UnauthorizedError, type Credentials, type SessionInfo } from '../api';
import { apiKeyProblem, apiKeyProblemText } from '../session/apiKey';
import type { ApiKeySignInOptions, SessionUi, SignInOptions, SignInResult } from '../session/types';
import { reasonText } from './reportError';
import type { UiPort } from './port';

function nonEmpty(message: string): (v: string) => string | undefined {
  return (v) => (v.trim() === '' ? message : undefined);
}

type Attempt = { token: string; info: SessionInfo } | 'second-factor' | 'cancelled' | Error;

/**
 * The session's UI: input boxes, progress and notifications, through the UI port. `profileName`
 * is the profile's name where there are several: every prompt and message then says which.
 */
export function createSessionUi(ui: UiPort, profileName: () => string | undefined = () => undefined): SessionUi {
  const title = (): string => {
    const name = profileName();
    return name === undefined ? l10n.t('Sign in to Bytemark Cloud') : l10n.t('Sign in to {0}', name);
  };
  const place = (): string => profileName() ?? l10n.t('Bytemark Cloud');
  const whose = (message: string): string => {
    const name = profileName();
    return name === undefined ? message : `${name}: ${message}`;
  };
  const askCode = async (step: string, prompt: string): Promise<string | undefined> =>
    (await ui.input({ title: `${title()}: ${step}`, prompt, password: true, validate: nonEmpty(l10n.t('Enter the code.')) }))?.trim();

  /** One POST /session + GET /session/{token} under a cancellable progress notification. */
  const attempt = (o: SignInOptions, creds: Credentials): Promise<Attempt> =>
    ui.progress(l10n.t('Signing in to {0}', place()), async (signal): Promise<Attempt> => {
      try {
        const token = await o.auth.createSession(creds, { signal });
        const info = await o.auth.readSession(token, { signal });
        return { token, info };
      } catch (err) {
        if (err instanceof SecondFactorRequiredError) return 'second-factor';
        if (err instanceof CancelledError || signal.aborted) return 'cancelled';
        return err instanceof Error ? err : new Error(String(err));
      }
    });

  /** Undefined when the user cancelled or it failed (the failure is said, with Try Again). */
  async function signIn(o: SignInOptions): Promise<SignInResult | undefined> {
    const username = (
      await ui.input({
        title: title(),
        prompt: l10n.t('Username for {0}', new URL(o.authEndpoint).host),
        value: o.lastUsername ?? '',
        validate: nonEmpty(l10n.t('Enter your username.')),
      })
    )?.trim();
    if (username === undefined) return undefined;
    const password = await ui.input({ title: title(), prompt: l10n.t('Password for {0}', username), password: true, validate: nonEmpty(l10n.t('Enter your password.')) });
    if (password === undefined) return undefined;
    const creds: Credentials = { username, password, validitySeconds: o.validitySeconds };
    if (o.useYubikey) {
      const otp = await askCode(l10n.t('Yubikey'), l10n.t('Touch your Yubikey (setting bigv.useYubikey is on)'));
      if (otp === undefined) return undefined;
      creds.yubikey = otp;
    }
    let outcome = await attempt(o, creds);
    // A wrong one-time code asks for the code again, not for the password.
    for (let tries = 0; (outcome === 'second-factor' || (tries > 0 && outcome instanceof BadCredentialsError)) && tries < 3; tries++) {
      const again = tries > 0 ? ` ${l10n.t('That code was not accepted; try the next one.')}` : '';
      const code = await askCode(l10n.t('One-time code'), l10n.t('Enter the 6-digit code from your authenticator app.') + again);
      if (code === undefined) return undefined;
      creds.secondFactor = code;
      outcome = await attempt(o, creds);
    }
    if (outcome === 'second-factor') outcome = new SecondFactorRequiredError();
    if (outcome === 'cancelled') return undefined;
    if (outcome instanceof Error) {
      failed(outcome, o);
      return undefined;
    }
    return { ...outcome, password };
  }

  /** Said without waiting for an answer, so a later click on Sign In starts a new sign-in at once. */
  function failed(err: Error, o: SignInOptions): void {
    const bad = err instanceof BadCredentialsError || err instanceof SecondFactorRequiredError;
    const message = bad ? l10n.t('Sign-in failed: the username, password or one-time code was not accepted.') : l10n.t('Could not sign in to {0}: {1}', place(), reasonText(err));
    const again = l10n.t('Try Again');
    const settings = l10n.t('Open Settings');
    void ui.notify('error', message, ...(bad ? [again] : [again, settings])).then((choice) => {
      if (choice === again) o.tryAgain();
      else if (choice === settings) void ui.openSettings('bigv.authEndpoint');
    });
  }

  async function signInWithApiKey(o: ApiKeySignInOptions): Promise<{ token: string; username: string } | undefined> {
    const key = await ui.input({
      title: l10n.t('Sign in to {0} with an API key', place()),
      prompt: l10n.t('API key (apikey.…), as shown once when it was made in the Bytemark panel or with the CLI'),
      password: true,
      validate: (v) => {
        const problem = apiKeyProblem(v);
        return problem && apiKeyProblemText(problem);
      },
    });
    if (key === undefined) return undefined;
    const outcome = await ui.progress(l10n.t('Checking the API key'), async (signal) => {
      try {
        return await o.verify(key, signal);
      } catch (err) {
        return signal.aborted ? undefined : err instanceof Error ? err : new Error(String(err));
      }
    });
    if (!(outcome instanceof Error)) return outcome;
    const refused = outcome instanceof UnauthorizedError;
    const message = refused ? l10n.t('The API key was not accepted: it may have expired or been deleted.') : l10n.t('Could not check the API key: {0}', reasonText(outcome));
    const again = l10n.t('Try Again');
    void ui.notify('error', message, again).then((choice) => (choice === again ? o.tryAgain() : undefined));
    return undefined;
  }

  return {
    signIn,
    signInWithApiKey,
    async sessionExpired(reason) {
      const signInButton = l10n.t('Sign In');
      const message =
        reason === 'endpoint-changed'
          ? l10n.t('The BigV endpoint settings changed, so you were signed out. Sign in to the new endpoint to see its servers.')
          : reason === 'api-key-refused'
            ? l10n.t('Your API key is no longer accepted (expired or deleted). Sign in with another key.')
            : reason === 'upgraded'
              ? l10n.t('Sign in to Bytemark Cloud once more: this version keeps a session only for the endpoints it was issued for, and the one stored before could not say which they were.')
              : l10n.t('Your BigV session expired. Sign in again to see and manage your servers.');
      return (await ui.notify('warning', whose(message), signInButton)) === signInButton;
    },
    endpointUnusable(reason) {
      const open = l10n.t('Open Settings');
      void ui.notify('error', l10n.t('Cannot sign in: {0}', reason), open).then((c) => (c === open ? ui.openSettings('bigv.authEndpoint') : undefined));
    },
  };
}
