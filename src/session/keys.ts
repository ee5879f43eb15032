// SecretStorage keys. SecretStorage cannot list its keys, so a per-endpoint index entry says
// which user's token to read. Everything is keyed by auth endpoint: a session from a test
// simulator must never be sent to the real API or the other way round.

export const userKey = (authEndpoint: string): string => `bigv.session.user:${authEndpoint}`;
export const tokenKey = (authEndpoint: string, username: string): string => `bigv.session.token:${authEndpoint}:${username}`;
export const passwordKey = (authEndpoint: string, username: string): string => `bigv.password:${authEndpoint}:${username}`;

/** Whether a changed secret belongs to this endpoint's session (so this window must re-read it). */
export function isSessionKey(key: string, authEndpoint: string): boolean {
  return key === userKey(authEndpoint) || key.startsWith(`bigv.session.token:${authEndpoint}:`);
}
