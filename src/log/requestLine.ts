// How a request appears in the "BigV" log. Pure so the format (and the absence of secrets) is
// unit-tested; the client already redacts tokens from the URL it hands us.
import type { RequestLogEvent } from '../api/types';

export type LogLevel = 'trace' | 'info' | 'warn' | 'error';

export interface LogLine {
  level: LogLevel;
  text: string;
}

/** `GET https://…/accounts?view=overview → 200 (123 ms)`; retries and failures one level up. */
export function formatRequest(e: RequestLogEvent): LogLine {
  const ms = `${Math.round(e.durationMs)} ms`;
  const retry = e.attempt > 1 ? ` [retry ${e.attempt - 1}]` : '';
  if (e.error !== undefined) {
    const status = e.status !== undefined ? `${e.status} ` : '';
    // A failed attempt that will be retried is a warning; the caller reports the final failure.
    return { level: e.status !== undefined && e.status < 500 ? 'info' : 'warn', text: `${e.method} ${e.url} → ${status}failed: ${e.error} (${ms})${retry}` };
  }
  const level: LogLevel = e.status !== undefined && e.status >= 500 ? 'warn' : 'info';
  return { level, text: `${e.method} ${e.url} → ${e.status ?? '?'} (${ms})${retry}` };
}
