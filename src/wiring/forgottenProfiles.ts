// A profile whose id is gone from `bigv.profiles` (edited out by hand, in this window or while
// VS Code was closed) takes its secrets and last-known tree with it, so one added again with the
// same id starts signed out instead of reviving the old session. SecretStorage cannot list its
// keys, so the ids that may have secrets are remembered, not secret, in global state.
import { forgetProfileSecrets } from '../session/sessionStore';
import type { KeyValueStore, SecretStore } from '../session/types';
import { sweepCaches } from './estateCache';

const KNOWN_IDS = 'bigv.profileIds';

export interface ForgetDeps {
  secrets: SecretStore;
  state: KeyValueStore;
  cacheDir: string | undefined;
}

/** At activation and on every change of `bigv.profiles`; `named`: the ids the settings name. Resolves with the ids forgotten. */
export async function forgetDroppedProfiles(d: ForgetDeps, named: readonly string[]): Promise<string[]> {
  const known = d.state.get<unknown>(KNOWN_IDS);
  const dropped = (Array.isArray(known) ? known : []).filter((id): id is string => typeof id === 'string' && !named.includes(id));
  for (const id of dropped) await forgetProfileSecrets(d.secrets, id);
  await sweepCaches(d.cacheDir, named);
  await d.state.update(KNOWN_IDS, [...named]);
  return dropped;
}
