// API keys (reference A.7): an `apikey.` token goes to the brain as a bearer token, with no
// auth-server session. Whose key it is comes from the brain where the key may ask.
import * as l10n from '@vscode/l10n';
import { apiKeyToken, BrainClient, ForbiddenError, type TransportOptions } from '../api';

/** What the Go client calls the user of an API-key session when the brain does not say. */
export const API_KEY_USER = 'apikeyuser';

export const isApiKeyToken = (token: string): boolean => token.startsWith('apikey.');

export { apiKeyToken };

export type ApiKeyProblem = 'empty' | 'bad-characters';

/**
 * What is wrong with a typed or pasted key (blanks around it are dropped, as sign-in does). It
 * becomes an HTTP header, where a line break or a control character fails as if the network
 * were down, and a key is only ever plain ASCII anyway.
 */
export function apiKeyProblem(text: string): ApiKeyProblem | undefined {
  const key = text.trim();
  if (key === '') return 'empty';
  return /^[\x21-\x7e]+$/.test(key) ? undefined : 'bad-characters';
}

export function apiKeyProblemText(problem: ApiKeyProblem): string {
  return problem === 'empty'
    ? l10n.t('Enter the API key.')
    : l10n.t('An API key is plain ASCII letters, digits and punctuation: it cannot contain spaces, line breaks or control characters. Copy it again as one line.');
}

/** A key that cannot be a key, refused before anything is sent. */
export class ApiKeyFormatError extends Error {
  override readonly name = 'ApiKeyFormatError';
  constructor(readonly problem: ApiKeyProblem) {
    super(apiKeyProblemText(problem));
  }
}

/**
 * Checks a key with one authenticated read; resolves with the key's user, or API_KEY_USER when
 * that cannot be told. A key refused by the brain rejects (401 → UnauthorizedError); a key that
 * may not list keys is still good.
 */
export async function verifyApiKey(apiEndpoint: string, token: string, opts: TransportOptions, signal?: AbortSignal): Promise<string> {
  const problem = apiKeyProblem(token);
  if (problem) throw new ApiKeyFormatError(problem);
  const brain = new BrainClient(apiEndpoint, () => token, opts);
  try {
    const keys = await brain.apiKeys.list(signal ? { signal } : undefined);
    // The list holds no secrets, so which entry is this key cannot be told; only a list of one
    // user's keys says whose it is. Guessing would send Add SSH Key to someone else's record.
    const users = new Set(keys.flatMap((k) => (k.username ? [k.username] : [])));
    return users.size === 1 ? [...users][0]! : API_KEY_USER;
  } catch (err) {
    if (err instanceof ForbiddenError) return API_KEY_USER;
    throw err;
  }
}
