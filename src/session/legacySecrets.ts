// Secrets written before they were bound to endpoints: a token under its auth endpoint and user,
// with nothing saying which API host it was for. They are deleted, never used: the API endpoint
// may have been changed since the sign-in (in settings.json while VS Code was closed, or while an
// older version ran), and nothing can tell: the auth server's answer does not name a cluster.
// Binding such a token to today's endpoints could send it to a host it was never issued for,
// which is the one thing binding exists to prevent; signing in once after the upgrade is the
// price. The user's remembered password goes too (found under the last user of that auth
// endpoint, since an expiry deleted the user's entry but kept the password).
import { DEFAULT_PROFILE_ID } from '../config/profiles';
import { legacyKeys } from './keys';
import type { SecretStore } from './types';

/** Deletes the profile's legacy secrets at `authEndpoint`; true when there was a session among them. */
export async function dropLegacySecrets(secrets: SecretStore, profileId: string, authEndpoint: string, lastUsername: string | undefined): Promise<boolean> {
  const scoped = profileId === DEFAULT_PROFILE_ID ? authEndpoint : `${authEndpoint}#${profileId}`;
  const username = await secrets.get(legacyKeys.user(scoped));
  const users = new Set([username, lastUsername].filter((u): u is string => !!u));
  for (const u of users) {
    if (u === username) await secrets.delete(legacyKeys.token(scoped, u));
    await secrets.delete(legacyKeys.password(scoped, u));
  }
  if (username !== undefined) await secrets.delete(legacyKeys.user(scoped));
  return username !== undefined;
}
