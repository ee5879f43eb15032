// What the view says while its tree is stale: the time of the last good load, and once per
// outage (not once per retry) a notice with Retry; the cached tree at start-up says less.
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { Staleness } from '../estate/loader';
import { formatAsOf } from '../model/format';
import type { ErrorReporter } from '../interaction/reportError';

export interface StaleNoticeDeps {
  /** Redraws every row (what was spinning stops, or starts again). */
  redraw(): void;
  setNotice(notice: string | undefined): void;
  errors: ErrorReporter;
  retry(): unknown;
}

export class StaleNotice {
  /** Whether the stale tree shown is an outage (said, with Retry) rather than the cache at start-up. */
  private outage = false;

  constructor(private readonly deps: StaleNoticeDeps) {}

  show(stale: Staleness | undefined): void {
    this.deps.redraw();
    if (!stale) {
      this.deps.setNotice(undefined);
      if (this.outage) vscode.window.setStatusBarMessage(`$(check) ${l10n.t('Bytemark Cloud is answering again; the servers are up to date.')}`, 5000);
      this.outage = false;
      return;
    }
    const time = formatAsOf(stale.since, Date.now());
    if (stale.error === undefined) {
      this.deps.setNotice(
        time !== undefined
          ? l10n.t('Showing the servers as of {0} while Bytemark Cloud answers…', time)
          : l10n.t('Showing the servers from an earlier session while Bytemark Cloud answers…'),
      );
      return;
    }
    this.outage = true;
    this.deps.setNotice(
      time !== undefined
        ? l10n.t('Showing the servers as of {0}: the API is not answering. Retrying in the background…', time)
        : l10n.t('Showing the servers from an earlier session: the API is not answering. Retrying in the background…'),
    );
    const what = time !== undefined ? l10n.t('reach Bytemark Cloud (showing the servers as of {0})', time) : l10n.t('reach Bytemark Cloud (showing the servers from an earlier session)');
    this.deps.errors.report(what, stale.error, () => this.deps.retry());
  }
}
