// Silent renewal: with `bigv.rememberPassword` on, an expired session is replaced by a new one
// made with the password kept in SecretStorage, without asking the user.
import type { AuthClient, SessionInfo } from '../api';
import type { Settings } from '../config/settings';
import { errorReason } from '../model/failureText';
import type { SessionStore } from './sessionStore';
import type { Logger } from './types';

export async function renewSession(
  auth: AuthClient,
  store: SessionStore,
  s: Pick<Settings, 'apiEndpoint' | 'authEndpoint' | 'sessionValidity'>,
  username: string,
  log: Logger,
): Promise<{ token: string; info: SessionInfo } | undefined> {
  const password = await store.loadPassword(s, username);
  if (!password) return undefined;
  try {
    const token = await auth.createSession({ username, password, validitySeconds: s.sessionValidity });
    return { token, info: await auth.readSession(token) };
  } catch (err) {
    log.warn(`Could not renew the session with the remembered password: ${errorReason(err)}`);
    return undefined;
  }
}
