// How the action runner's outcomes look: progress and failures through the UI port and the one
// error path; a success is a line in the status bar, seen whether or not the view is open.
import * as l10n from '@vscode/l10n';
import type { JobOutcome, Named, RunnerFeedback } from '../estate/runner';
import type { ErrorReporter } from '../interaction/reportError';
import { reasonText } from '../interaction/reportError';
import type { UiPort } from '../interaction/port';

const LISTED = 10;

export function actionFeedback(ui: UiPort, errors: ErrorReporter): RunnerFeedback {
  return {
    progress: (title, task) => ui.progress(title, task),
    failed: (title, error, retry, what) => (what === undefined ? errors.failed(title, error, retry) : errors.report(what, error, retry)),
    uncertain: (title, error) => errors.uncertain(title, error),
    succeeded: (message, announce) => (announce ? void ui.notify('info', message) : ui.flash(`$(check) ${message}`)),
    summary(title, outcomes: readonly JobOutcome<Named>[], retryFailed) {
      const failed = outcomes.flatMap((o) => (o.result === 'failed' ? [o] : []));
      const unsure = outcomes.flatMap((o) => (o.result === 'unknown' ? [o] : []));
      const ok = outcomes.filter((o) => o.result === 'ok').length;
      if (failed.length === 0 && unsure.length === 0) {
        ui.flash(`$(check) ${l10n.t('{0}: {1} of {2} done.', title, ok, outcomes.length)}`);
        return;
      }
      const listed = [...failed, ...unsure];
      const lines = listed.slice(0, LISTED).map((o) => `${o.target.name}: ${o.result === 'unknown' ? l10n.t('no answer, and not seen done (not sent again)') : reasonText(o.error)}`);
      if (listed.length > LISTED) lines.push(l10n.t('and {0} more', listed.length - LISTED));
      const head = [
        failed.length > 0 ? l10n.t('{0}: {1} of {2} failed.', title, failed.length, outcomes.length) : l10n.t('{0}: {1} of {2} done.', title, ok, outcomes.length),
        unsure.length > 0 ? l10n.t('{0} gave no answer and could not be confirmed: check them before trying again.', unsure.length) : '',
      ].filter(Boolean).join(' ');
      const retry = l10n.t('Retry Failed');
      // Only the failures are offered again: a write whose answer was lost may have been carried out.
      const buttons = failed.length > 0 ? [retry, l10n.t('Show Log')] : [l10n.t('Show Log')];
      const message = head + '\n' + lines.join('\n');
      void ui.notify(failed.length > 0 ? 'error' : 'warning', message, ...buttons).then((choice) => {
        if (choice === retry) retryFailed();
        else if (choice !== undefined) ui.showLog();
      });
    },
  };
}
