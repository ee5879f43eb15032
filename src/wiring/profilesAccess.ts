// The profiles as commands see them (list, add, rename, remove, sign in to one), over the
// window's ProfileApps and the `bigv.profiles` setting they come from.
import type { ProfileInfo, ProfilesAccess } from '../commands/context';
import type { ServerTarget } from '../model/target';
import { DEFAULT_PROFILE_ID, newProfileId, storedProfiles, type Profile, type StoredProfile } from '../config/profiles';
import { isProfileNode } from '../ui/profileTree';
import type { ProfileApp } from './profileApp';

export interface ProfilesDeps {
  apps(): readonly ProfileApp[];
  /** Writes `bigv.profiles` and brings the ProfileApps in line with it. */
  update(stored: StoredProfile[]): Promise<void>;
}

const info = (app: ProfileApp): ProfileInfo => ({
  id: app.profile.id,
  name: app.profile.name,
  apiEndpoint: app.profile.apiEndpoint,
  authEndpoint: app.profile.authEndpoint,
  username: app.session.username,
  isDefault: app.profile.id === DEFAULT_PROFILE_ID,
});

export function profilesAccess(deps: ProfilesDeps): ProfilesAccess {
  const profiles = (): Profile[] => deps.apps().map((a) => a.profile);
  const find = (id: string): ProfileApp => {
    const app = deps.apps().find((a) => a.profile.id === id);
    if (!app) throw new Error(`There is no profile "${id}" any more.`);
    return app;
  };
  return {
    list: () => deps.apps().map(info),
    fromArg(arg) {
      if (!isProfileNode(arg)) return undefined;
      const app = deps.apps().find((a) => a.profile.id === arg.profileId);
      return app && info(app);
    },
    async add(p) {
      const id = newProfileId(p.name, profiles().map((x) => x.id));
      await deps.update(storedProfiles([...profiles(), { id, ...p }]));
      const added = deps.apps().find((a) => a.profile.id === id);
      // Written, but shadowed (a workspace or remote copy of bigv.profiles wins over the user's).
      if (!added) throw new Error('bigv.profiles is also set in the workspace or remote settings, which win over the user settings this writes to. Move the list to your user settings.');
      return info(added);
    },
    async rename(id, name) {
      await deps.update(storedProfiles(profiles().map((p) => (p.id === id ? { ...p, name } : p))));
    },
    async remove(id) {
      // Forgotten first: every secret it has and its last-known tree go with the profile.
      await find(id).forget();
      await deps.update(storedProfiles(profiles().filter((p) => p.id !== id)));
    },
    async everyServer() {
      const signedIn = deps.apps().filter((a) => a.session.signedIn);
      const lists = await Promise.all(signedIn.map(async (a) => ({ profile: info(a), servers: (await a.ctx.view.allServers()) ?? [], reveal: (t: ServerTarget) => a.ctx.view.reveal(t) })));
      return lists;
    },
    signOut: (id) => find(id).session.signOut(),
    signIn: (id, withApiKey) => (withApiKey ? find(id).session.signInWithApiKey() : find(id).session.signIn()),
  };
}
