// SecretStorage keys. Every secret belongs to one profile and is stored under its id and kind;
// which endpoints it may be sent to is stored with it (sessionStore.ts). SecretStorage cannot
// list its keys, so this file is the one place that knows them: a profile's secrets are exactly
// `profileSecretKeys(id)`, and sign-out, Remove Profile and the sweep of profiles dropped from
// `bigv.profiles` all delete that list, so a new kind of secret cannot be forgotten by one of them.

/** Every kind of secret a profile keeps. A new one is added here, and is then deleted with the others. */
export const SECRET_KINDS = ['session', 'password'] as const;
export type SecretKind = (typeof SECRET_KINDS)[number];

/** Profile ids are `[a-z0-9-]`, so no id can reach into another's keys or the legacy ones below. */
export const secretKey = (profileId: string, kind: SecretKind): string => `bigv.profile:${profileId}:${kind}`;

export const profileSecretKeys = (profileId: string): string[] => SECRET_KINDS.map((kind) => secretKey(profileId, kind));

/**
 * What versions before endpoint binding wrote, under the auth endpoint (with `#<profile id>` for
 * a profile other than the default) and the user, with nothing saying which API host the token
 * was for. Only ever read to be deleted (see legacySecrets.ts).
 */
export const legacyKeys = {
  user: (scopedAuth: string): string => `bigv.session.user:${scopedAuth}`,
  token: (scopedAuth: string, username: string): string => `bigv.session.token:${scopedAuth}:${username}`,
  password: (scopedAuth: string, username: string): string => `bigv.password:${scopedAuth}:${username}`,
};
