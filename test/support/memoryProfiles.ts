// Profiles kept in memory, for handler tests: the same id and naming rules as the extension's
// (src/config/profiles.ts), a list to inspect, and what was asked of them.
import type { ProfileInfo, ProfileServers, ProfilesAccess } from '../../src/commands/context';
import { DEFAULTS } from '../../src/config/settings';
import { newProfileId } from '../../src/config/profiles';

export class MemoryProfiles implements ProfilesAccess {
  readonly profiles: ProfileInfo[];
  readonly calls: string[] = [];

  constructor(username: string | undefined = 'demo', more: Omit<ProfileInfo, 'isDefault'>[] = []) {
    this.profiles = [
      { id: 'default', name: 'Bytemark Cloud', apiEndpoint: DEFAULTS.apiEndpoint, authEndpoint: DEFAULTS.authEndpoint, username, isDefault: true },
      ...more.map((p) => ({ ...p, isDefault: false })),
    ];
  }

  /** Set by the command harness: the rig's own servers, as the one signed-in profile's. */
  everyServerFrom: (() => Promise<ProfileServers[]>) | undefined;

  async everyServer(): Promise<ProfileServers[]> {
    return (await this.everyServerFrom?.()) ?? [];
  }

  list(): ProfileInfo[] {
    return [...this.profiles];
  }

  fromArg(arg: unknown): ProfileInfo | undefined {
    const id = (arg as { kind?: unknown; profileId?: unknown } | undefined)?.kind === 'profile' ? (arg as { profileId: unknown }).profileId : undefined;
    return this.profiles.find((p) => p.id === id);
  }

  async add(p: { name: string; apiEndpoint: string; authEndpoint: string }): Promise<ProfileInfo> {
    const added = { ...p, id: newProfileId(p.name, this.profiles.map((x) => x.id)), username: undefined, isDefault: false };
    this.profiles.push(added);
    this.calls.push(`add ${added.id} ${p.name} ${p.apiEndpoint} ${p.authEndpoint}`);
    return added;
  }

  async rename(id: string, name: string): Promise<void> {
    const i = this.profiles.findIndex((p) => p.id === id);
    this.profiles[i] = { ...this.profiles[i]!, name };
    this.calls.push(`rename ${id} ${name}`);
  }

  async remove(id: string): Promise<void> {
    this.profiles.splice(this.profiles.findIndex((p) => p.id === id), 1);
    this.calls.push(`remove ${id}`);
  }

  async signOut(id: string): Promise<void> {
    this.calls.push(`sign out ${id}`);
  }

  async signIn(id: string, withApiKey: boolean): Promise<boolean> {
    this.calls.push(`sign in ${id}${withApiKey ? ' with an API key' : ''}`);
    return true;
  }
}
