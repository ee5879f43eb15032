// The seams between the session logic (no vscode) and what surrounds it, so the session can be
// driven in tests against the simulator with an in-memory secret store and a scripted user.
import type { AuthClient, SessionInfo } from '../api';

/** The part of vscode.SecretStorage the session uses (it satisfies this as is). */
export interface SecretStore {
  get(key: string): Thenable<string | undefined>;
  store(key: string, value: string): Thenable<void>;
  delete(key: string): Thenable<void>;
  onDidChange(listener: (e: { key: string }) => unknown): { dispose(): unknown };
}

/** Non-secret per-user state (vscode.Memento satisfies it). */
export interface KeyValueStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): Thenable<void>;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface SignInOptions {
  auth: AuthClient;
  authEndpoint: string;
  lastUsername: string | undefined;
  useYubikey: boolean;
  validitySeconds: number;
  /** Starts a new sign-in (the Try Again of a failure message, which the flow does not wait for). */
  tryAgain(): void;
}

export interface ApiKeySignInOptions {
  /** Checks the key with the brain: the bearer token and whose key it is, or a rejection. */
  verify(key: string, signal: AbortSignal): Promise<{ token: string; username: string }>;
  tryAgain(): void;
}

export interface SignInResult {
  token: string;
  info: SessionInfo;
  password: string;
}

/** Everything the session needs to ask or tell the user. */
export interface SessionUi {
  /** The interactive sign-in; undefined when the user cancelled. */
  signIn(o: SignInOptions): Promise<SignInResult | undefined>;
  /** Said once per expiry, with the real cause. Resolves true when the user asks to sign in again. */
  sessionExpired(reason: 'expired' | 'endpoint-changed' | 'api-key-refused' | 'upgraded'): Promise<boolean>;
  /** Asks for an API key and checks it with `verify`; undefined when cancelled or refused (said). */
  signInWithApiKey(o: ApiKeySignInOptions): Promise<{ token: string; username: string } | undefined>;
  /** The endpoint settings cannot be used (reason says why and what to do). */
  endpointUnusable(reason: string): void;
}
