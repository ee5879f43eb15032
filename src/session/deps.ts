// What the session is built from, and what its flows answer.
import type { RequestLogEvent } from '../api';
import type { Settings } from '../config/settings';
import type { SessionStore } from './sessionStore';
import type { KeyValueStore, Logger, SessionUi } from './types';

export type RestoreResult =
  | { kind: 'signed-in' }
  | { kind: 'signed-out' }
  /** A token is stored but could not be checked (network, endpoint): kept, and the reason shown. */
  | { kind: 'unverified'; error: unknown };

export type UnauthorizedOutcome = 'renewed' | 'expired' | 'ignored';

export interface SessionDeps {
  store: SessionStore;
  /** Non-secret state (the last username, to prefill the box). */
  memento: KeyValueStore;
  log: Logger;
  ui: SessionUi;
  settings: () => Settings;
  onRequest: (e: RequestLogEvent) => void;
}

