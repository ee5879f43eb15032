// API keys (reference A.7): an `apikey.` token goes to the brain as a bearer token, with no
// auth-server session. Whose key it is comes from the brain where the key may ask.
import { apiKeyToken, BrainClient, ForbiddenError, type TransportOptions } from '../api';

/** What the Go client calls the user of an API-key session when the brain does not say. */
export const API_KEY_USER = 'apikeyuser';

export const isApiKeyToken = (token: string): boolean => token.startsWith('apikey.');

export { apiKeyToken };

/**
 * Checks a key with one authenticated read; resolves with the username to show. A key refused
 * by the brain rejects (401 → UnauthorizedError); a key that may not list keys is still good.
 */
export async function verifyApiKey(apiEndpoint: string, token: string, opts: TransportOptions, signal?: AbortSignal): Promise<string> {
  const brain = new BrainClient(apiEndpoint, () => token, opts);
  try {
    const keys = await brain.apiKeys.list(signal ? { signal } : undefined);
    return keys.find((k) => k.username)?.username ?? API_KEY_USER;
  } catch (err) {
    if (err instanceof ForbiddenError) return API_KEY_USER;
    throw err;
  }
}
