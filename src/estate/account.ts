// The signed-in user as the "Your account" view shows it: their SSH keys on Bytemark (what the
// serial console lets in) and their privileges. Read when the view first asks (two GETs), kept
// until something changes them or the session does.
import * as l10n from '@vscode/l10n';
import type { Privilege } from '../api/resourceSchemas';
import { splitKeys } from '../api/brain/people';
import { errorReason } from '../model/failureText';
import type { SessionAccess } from './sessionAccess';

export interface AccountData {
  username: string;
  keys: string[];
  privileges: Privilege[];
  /** What could not be read, in words (the rest still shows). */
  problems: string[];
}

export class AccountModel {
  private data: Promise<AccountData | undefined> | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly deps: {
      session: SessionAccess;
      username(): string | undefined;
      log: { warn(message: string): void };
    },
  ) {}

  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** The user's data, read once; undefined when signed out. */
  get(): Promise<AccountData | undefined> {
    this.data ??= this.read();
    return this.data;
  }

  /** Read again on the next `get` (keys added or removed, another user signed in). */
  forget(): void {
    this.data = undefined;
    for (const l of this.listeners) l();
  }

  private async read(): Promise<AccountData | undefined> {
    const brain = this.deps.session.brain;
    const username = this.deps.username();
    if (!brain || !username) return undefined;
    const problems: string[] = [];
    const [keys, privileges] = await Promise.all([
      brain.users.own(username).then((u) => splitKeys(u.authorized_keys), (err: unknown) => {
        problems.push(l10n.t('SSH keys could not be read: {0}', errorReason(err)));
        return [];
      }),
      brain.privileges.forUser(username).then((list) => list.filter((p) => p.api_key_id === undefined || p.api_key_id === null), (err: unknown) => {
        problems.push(l10n.t('Privileges could not be read: {0}', errorReason(err)));
        return [] as Privilege[];
      }),
    ]);
    for (const p of problems) this.deps.log.warn(`Reading your account: ${p}`);
    // A failed read is not kept: the next expand tries again.
    if (problems.length) this.data = undefined;
    return { username, keys, privileges, problems };
  }
}
