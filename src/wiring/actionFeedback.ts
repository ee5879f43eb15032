// How the action runner's outcomes look: progress and failures through the UI port and the one
// error path; a success is a line in the status bar, seen whether or not the view is open.
import * as l10n from '@vscode/l10n';
import type { ActionFeedback, Outcome } from '../estate/actions';
import type { ErrorReporter } from '../ui/errors';
import { reasonText } from '../ui/errors';
import type { UiPort } from '../ui/port';

const LISTED = 10;

export function actionFeedback(ui: UiPort, errors: ErrorReporter): ActionFeedback {
  return {
    progress: (title, task) => ui.progress(title, task),
    failed: (title, error, retry) => errors.failed(title, error, retry),
    succeeded: (message, announce) => (announce ? void ui.notify('info', message) : ui.flash(`$(check) ${message}`)),
    summary(title, outcomes: readonly Outcome[], retryFailed) {
      const failed = outcomes.flatMap((o) => (o.result === 'failed' ? [o] : []));
      const ok = outcomes.filter((o) => o.result === 'ok').length;
      if (failed.length === 0) {
        ui.flash(`$(check) ${l10n.t('{0}: {1} of {2} done.', title, ok, outcomes.length)}`);
        return;
      }
      const lines = failed.slice(0, LISTED).map((o) => `${o.target.fullName}: ${reasonText(o.error)}`);
      if (failed.length > LISTED) lines.push(l10n.t('and {0} more', failed.length - LISTED));
      const retry = l10n.t('Retry Failed');
      const message = l10n.t('{0}: {1} of {2} failed.', title, failed.length, outcomes.length) + '\n' + lines.join('\n');
      void ui.notify('error', message, retry, l10n.t('Show Log')).then((choice) => {
        if (choice === retry) retryFailed();
        else if (choice !== undefined) ui.showLog();
      });
    },
  };
}
