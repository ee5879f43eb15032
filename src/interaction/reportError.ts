// The one path by which a failure reaches a person: the error's kind and data become a
// localised sentence ("Could not <what>: <why and what to do>") with the button that helps
// (Retry, Sign In, Open Settings, Show Log), and the same sentence goes to the log.
import * as l10n from '@vscode/l10n';
import { isBigvError } from '../api';
import { errorReason } from '../model/failureText';
import { FlowError } from '../model/flowErrors';
import { formatFieldProblems } from './fieldWords';
import type { UiPort } from './port';

const MAX_MESSAGE = 1000;

/** Control and bidirectional-override characters out, length capped: what a person can read. */
export function capMessage(text: string, max = MAX_MESSAGE): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  return clean.length <= max ? clean : `${clean.slice(0, max - 1)}…`;
}

/** Why it failed and what to do, in the user's language where the kind is known. */
export function reasonText(err: unknown): string {
  if (err instanceof FlowError) return err.message;
  if (!isBigvError(err)) return errorReason(err);
  switch (err.kind) {
    case 'forbidden':
      return l10n.t('you are not allowed to do this. Ask an administrator of the account for a higher privilege.');
    case 'not-found':
      return l10n.t('it was not found, or you have no access to it. Refresh the list and check the name.');
    case 'unauthorized':
      return l10n.t('your session has expired or was revoked. Sign in again.');
    case 'timeout':
      return l10n.t('the API did not answer in time. Check your network connection and try again.');
    case 'server':
      return l10n.t('the BigV API had a problem (HTTP {0}). Try again in a few seconds.', err.status ?? 500);
    case 'bad-request':
      return l10n.t('the API refused the request:\n{0}', 'problems' in err ? formatFieldProblems(err.problems as Record<string, string[]>) : err.reason);
    case 'rate-limited':
      return l10n.t('the BigV API is busy and asked us to slow down. Try again in a minute.');
    case 'certificate':
      return l10n.t('the server\'s TLS certificate is not trusted ({0}), so nothing was sent. Check the endpoint settings, or your network\'s proxy.', 'code' in err ? String(err.code) : '?');
    default:
      return err.reason || errorReason(err);
  }
}

/** How an answer was lost, in a few words: the sentence around it says what to do. */
function lostAnswer(err: unknown): string {
  if (!isBigvError(err)) return errorReason(err);
  if (err.kind === 'timeout') return l10n.t('timed out');
  if (err.kind === 'server') return l10n.t('HTTP {0} from the way to the API', err.status ?? 500);
  return l10n.t('the connection was lost');
}

export type ErrorButton = 'retry' | 'signIn' | 'openSettings' | 'showLog';

export function buttonsFor(err: unknown, canRetry: boolean): ErrorButton[] {
  const kind = isBigvError(err) ? err.kind : undefined;
  if (kind === 'unauthorized') return ['signIn'];
  if (kind === 'insecure-endpoint' || kind === 'endpoint-setting' || kind === 'certificate' || kind === 'redirect') return ['openSettings', 'showLog'];
  const transient = kind === 'network' || kind === 'timeout' || kind === 'server' || kind === 'rate-limited' || (err instanceof FlowError && err.kind === 'wait-timeout');
  return transient && canRetry ? ['retry', 'showLog'] : ['showLog'];
}

export interface ErrorReporterDeps {
  ui: UiPort;
  log: { error(message: string): void; info(message: string): void };
  signIn(): Promise<unknown>;
}

export class ErrorReporter {
  constructor(private readonly deps: ErrorReporterDeps) {}

  /** `what` completes "Could not …" ("load servers"); `retry` adds a Retry button where it helps. */
  report(what: string, err: unknown, retry?: () => unknown): void {
    this.show(what, l10n.t('Could not {0}: {1}', what, reasonText(err)), err, retry);
  }

  /** An action that was under way failed: "Stopping web1.default.demo failed: <why>". */
  failed(title: string, err: unknown, retry?: () => unknown): void {
    this.show(title, l10n.t('{0} failed: {1}', title, reasonText(err)), err, retry);
  }

  /**
   * The API stopped answering and is being retried in the background: said as a notice that
   * closes itself when `ended` settles (an error toast would stay after the tree recovered). An
   * error no retry can mend (a refusal, a setting, a certificate) is an ordinary error.
   */
  outage(what: string, err: unknown, ended: Promise<unknown>, retry: () => unknown): void {
    if (!buttonsFor(err, true).includes('retry')) {
      this.report(what, err, retry);
      return;
    }
    const message = capMessage(l10n.t('Could not {0}: {1}', what, reasonText(err)));
    this.deps.log.error(message);
    this.deps.ui.notice(`${message} ${l10n.t('Retrying in the background; this closes when it answers (Refresh retries now).')}`, ended);
  }

  /** A write's answer was lost and reading back could not confirm it: a warning, with no Retry. */
  uncertain(title: string, err: unknown): void {
    const message = capMessage(l10n.t('{0}: no answer came ({1}), and reading it back does not show whether it was done. It was not sent again: the tree shows it as it is now; check it before trying again.', title, lostAnswer(err)));
    this.deps.log.error(message);
    const showLog = l10n.t('Show Log');
    void this.deps.ui.notify('warning', message, showLog).then((choice) => choice === showLog && this.deps.ui.showLog());
  }

  private show(what: string, text: string, err: unknown, retry?: () => unknown): void {
    if (isBigvError(err) && err.kind === 'cancelled') {
      this.deps.log.info(`${what}: cancelled.`);
      return;
    }
    const message = capMessage(text);
    this.deps.log.error(message);
    const labels: Record<ErrorButton, string> = {
      retry: l10n.t('Retry'),
      signIn: l10n.t('Sign In'),
      openSettings: l10n.t('Open Settings'),
      showLog: l10n.t('Show Log'),
    };
    const buttons = buttonsFor(err, retry !== undefined);
    void this.deps.ui.notify('error', message, ...buttons.map((b) => labels[b])).then((choice) => {
      const picked = buttons.find((b) => labels[b] === choice);
      if (picked === 'retry') void retry?.();
      else if (picked === 'signIn') void this.deps.signIn();
      else if (picked === 'openSettings') void this.deps.ui.openSettings('bigv');
      else if (picked === 'showLog') this.deps.ui.showLog();
    });
  }
}
