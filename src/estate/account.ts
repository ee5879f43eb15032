// The signed-in user as the "Your account" view shows it: their SSH keys on Bytemark (what the
// serial console lets in), the privileges the session acts with, and their API keys. Read when
// the view first asks (three GETs), kept until something changes them or the session does.
import * as l10n from '@vscode/l10n';
import type { ApiKey, Privilege } from '../api/resourceSchemas';
import { splitKeys } from '../api/brain/people';
import { isBigvError } from '../api';
import { errorReason } from '../model/failureText';
import type { SessionAccess } from './sessionAccess';
import { isKeyPrivilege } from './writeAccess';

export interface AccountData {
  username: string;
  keys: string[];
  /** What this session may use: the user's own, or (signed in with an API key) its keys'. */
  privileges: Privilege[];
  /** Signed in with an API key: `privileges` are the keys', labelled with theirs. */
  apiKeySession: boolean;
  /** The user's API keys; undefined where they may not be listed (an API key without the right). */
  apiKeys: ApiKey[] | undefined;
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
    const apiKeySession = this.deps.session.usesApiKey === true;
    const problems: string[] = [];
    const failed = (what: (reason: string) => string) => (err: unknown) => {
      problems.push(what(errorReason(err)));
      return undefined;
    };
    const [keys, privileges, apiKeys] = await Promise.all([
      brain.users.own(username).then((u) => splitKeys(u.authorized_keys), failed((r) => l10n.t('SSH keys could not be read: {0}', r))),
      // With an API key whose owner the brain did not say, the list of all visible privileges holds its own.
      (apiKeySession ? brain.privileges.list() : brain.privileges.forUser(username)).then(
        (list) => list.filter((p) => isKeyPrivilege(p) === apiKeySession && (apiKeySession || p.username === username)),
        failed((r) => l10n.t('Privileges could not be read: {0}', r)),
      ),
      // A key may be refused the list (403): the view then leaves the section out rather than call it an error.
      brain.apiKeys.list().catch((err: unknown) => (isBigvError(err) && err.kind === 'forbidden' ? undefined : failed((r) => l10n.t('API keys could not be read: {0}', r))(err))),
    ]);
    for (const p of problems) this.deps.log.warn(`Reading your account: ${p}`);
    // A failed read is not kept: the next expand tries again.
    if (problems.length) this.data = undefined;
    return { username, keys: keys ?? [], privileges: privileges ?? [], apiKeySession, apiKeys, problems };
  }
}
