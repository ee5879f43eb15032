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
  /** The profile's name where there are several (its notice and error must say which); undefined with one. */
  profileName?(): string | undefined;
}

export class StaleNotice {
  /** Whether the stale tree shown is an outage (said) rather than the cache at start-up. */
  private outage = false;
  /** Closes the outage's notice: it is said once per outage and never outlives it. */
  private endOutage: (() => void) | undefined;

  constructor(private readonly deps: StaleNoticeDeps) {}

  show(stale: Staleness | undefined): void {
    this.deps.redraw();
    const named = this.deps.profileName?.();
    const place = named ?? l10n.t('Bytemark Cloud');
    // With several profiles the view's message holds a line per profile: each says whose it is.
    const setNotice = (line: string | undefined) => this.deps.setNotice(line === undefined || named === undefined ? line : `${named}: ${line}`);
    if (!stale) {
      setNotice(undefined);
      if (this.outage) vscode.window.setStatusBarMessage(`$(check) ${l10n.t('{0} is answering again; the servers are up to date.', place)}`, 5000);
      this.outage = false;
      this.dispose();
      return;
    }
    const time = formatAsOf(stale.since, Date.now());
    if (stale.error === undefined) {
      setNotice(
        time !== undefined
          ? l10n.t('Showing the servers as of {0} while {1} answers…', time, place)
          : l10n.t('Showing the servers from an earlier session while {0} answers…', place),
      );
      return;
    }
    this.outage = true;
    setNotice(
      time !== undefined
        ? l10n.t('Showing the servers as of {0}: the API is not answering. Retrying in the background…', time)
        : l10n.t('Showing the servers from an earlier session: the API is not answering. Retrying in the background…'),
    );
    const what = time !== undefined ? l10n.t('reach {0} (showing the servers as of {1})', place, time) : l10n.t('reach {0} (showing the servers from an earlier session)', place);
    if (this.endOutage) return;
    const ended = new Promise<void>((resolve) => (this.endOutage = resolve));
    this.deps.errors.outage(what, stale.error, ended, () => this.deps.retry());
  }

  /** The outage is over, or its profile is gone: its notice closes. */
  dispose(): void {
    this.endOutage?.();
    this.endOutage = undefined;
  }
}
