// The one "BigV" log channel (a LogOutputChannel, so users pick the level and it timestamps).
import * as vscode from 'vscode';
import type { RequestLogEvent } from '../api/types';
import { formatRequest } from './requestLine';

export function createLog(): vscode.LogOutputChannel {
  return vscode.window.createOutputChannel('BigV', { log: true });
}

/** The client's `onRequest` hook: one line per attempt. */
export function requestLogger(log: vscode.LogOutputChannel): (e: RequestLogEvent) => void {
  return (e) => {
    const line = formatRequest(e);
    log[line.level](line.text);
  };
}
