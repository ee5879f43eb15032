// Profiles: several clusters or users at once. A profile is an API endpoint, an auth endpoint and
// whoever signs in to it. The first profile ("default") is today's single endpoint: it always
// takes its endpoints from `bigv.apiEndpoint` / `bigv.authEndpoint`, so existing settings and
// stored sessions keep working with nothing to migrate. `bigv.profiles` holds the others (and
// the default's name, once renamed). No vscode import.
import { DEFAULTS, readSettings, type ConfigSource, type Settings } from './settings';

export const DEFAULT_PROFILE_ID = 'default';

export interface Profile {
  /** Stable across renames: it keys the profile's stored session. */
  readonly id: string;
  readonly name: string;
  /** As stored; `settingsFor` validates them the way the endpoint settings are validated. */
  readonly apiEndpoint: string;
  readonly authEndpoint: string;
}

/** What `bigv.profiles` holds for one profile (the default's entry may carry only its name). */
export interface StoredProfile {
  id: string;
  name: string;
  apiEndpoint?: string;
  authEndpoint?: string;
}

const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
export const MAX_PROFILE_NAME = 60;

/** Why a profile name cannot be used, or undefined when it can (`others`: the other profiles' names). */
export function profileNameProblem(name: string, others: readonly string[]): string | undefined {
  const n = name.trim();
  if (!n) return 'empty';
  if (n.length > MAX_PROFILE_NAME) return 'too-long';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(n)) return 'control';
  if (others.some((o) => o.toLowerCase() === n.toLowerCase())) return 'taken';
  return undefined;
}

/** The endpoint settings' profile is Bytemark Cloud only when it points there; elsewhere it is named after its host. */
export function defaultProfileName(apiEndpoint: string): string {
  if (apiEndpoint === DEFAULTS.apiEndpoint) return 'Bytemark Cloud';
  try {
    return new URL(apiEndpoint).host || apiEndpoint;
  } catch {
    return apiEndpoint;
  }
}

/**
 * The profiles the settings describe: the default first, then each well-formed entry of
 * `bigv.profiles` (an entry without an id, name or endpoints, or with a repeated id or name, is
 * skipped with a warning rather than spoiling the others).
 */
export function readProfiles(cfg: ConfigSource, warn: (message: string) => void = () => undefined): Profile[] {
  const base = readSettings(cfg);
  const raw = cfg.get<unknown>('profiles');
  const entries = Array.isArray(raw) ? raw : [];
  if (raw !== undefined && raw !== null && !Array.isArray(raw)) warn('Setting bigv.profiles must be a list; ignoring it.');
  const own = entries.find((e): e is { id: string; name?: unknown } => isObject(e) && e.id === DEFAULT_PROFILE_ID);
  const defaultName = own && typeof own.name === 'string' && !profileNameProblem(own.name, []) ? own.name.trim() : defaultProfileName(base.apiEndpoint);
  const profiles: Profile[] = [{ id: DEFAULT_PROFILE_ID, name: defaultName, apiEndpoint: base.apiEndpoint, authEndpoint: base.authEndpoint }];
  entries.forEach((e, i) => {
    if (isObject(e) && e.id === DEFAULT_PROFILE_ID) return;
    const where = `bigv.profiles[${i}]`;
    if (!isObject(e) || typeof e.id !== 'string' || !ID.test(e.id)) return warn(`${where}: needs an "id" of lower-case letters, digits and dashes; skipped.`);
    if (profiles.some((p) => p.id === e.id)) return warn(`${where}: the id "${e.id}" is used twice; skipped.`);
    if (typeof e.name !== 'string' || profileNameProblem(e.name, profiles.map((p) => p.name))) return warn(`${where}: needs a "name" no other profile has; skipped.`);
    if (typeof e.apiEndpoint !== 'string' || typeof e.authEndpoint !== 'string') return warn(`${where}: needs "apiEndpoint" and "authEndpoint"; skipped.`);
    profiles.push({ id: e.id, name: e.name.trim(), apiEndpoint: e.apiEndpoint, authEndpoint: e.authEndpoint });
  });
  return profiles;
}

/**
 * One profile's settings: the shared ones, with its own endpoints validated exactly as the
 * endpoint settings are (an unusable one is refused by every client, naming the profile).
 */
export function settingsFor(profile: Profile, cfg: ConfigSource, warn?: (message: string) => void): Settings {
  if (profile.id === DEFAULT_PROFILE_ID) return readSettings(cfg, warn);
  const own: ConfigSource = {
    get: <T>(key: string) => (key === 'apiEndpoint' ? profile.apiEndpoint : key === 'authEndpoint' ? profile.authEndpoint : cfg.get<T>(key)) as T | undefined,
  };
  return readSettings(own, warn && ((m) => warn(m.replace(/^bigv\.(api|auth)Endpoint/, `Profile "${profile.name}" $1Endpoint`))));
}

/**
 * Every profile id the settings name: the default and each entry's, well-formed or not. A
 * profile whose id is gone from them is forgotten (its secrets deleted); one whose entry is
 * only being edited keeps them.
 */
export function namedProfileIds(cfg: ConfigSource): string[] {
  const raw = cfg.get<unknown>('profiles');
  const named = (Array.isArray(raw) ? raw : []).flatMap((e) => (isObject(e) && typeof e.id === 'string' ? [e.id] : []));
  return [DEFAULT_PROFILE_ID, ...named];
}

/** `bigv.profiles` after adding, renaming or removing one (the default never carries endpoints). */
export function storedProfiles(profiles: readonly Profile[]): StoredProfile[] {
  return profiles.flatMap((p): StoredProfile[] => {
    if (p.id !== DEFAULT_PROFILE_ID) return [{ id: p.id, name: p.name, apiEndpoint: p.apiEndpoint, authEndpoint: p.authEndpoint }];
    // Its automatic name is not written down: it follows the endpoint setting (a host written here would outlive a change of it).
    return p.name === defaultProfileName(p.apiEndpoint) ? [] : [{ id: p.id, name: p.name }];
  });
}

/** A new profile's id from its name: readable, and unused. */
export function newProfileId(name: string, taken: readonly string[]): string {
  const stem = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 30) || 'profile';
  const base = ID.test(stem) && stem !== DEFAULT_PROFILE_ID ? stem : `profile-${stem}`.slice(0, 30);
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!taken.includes(id)) return id;
  }
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
