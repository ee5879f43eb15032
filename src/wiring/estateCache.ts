// The last-known tree, kept in the extension's storage so a reloaded window shows it at once
// (marked stale) instead of an empty view while the overview loads. Nothing secret, but the names
// and addresses of someone's servers: the file is the user's alone (600), one per profile, and it
// goes when the session does (sign-out here or in another window, expiry, Remove Profile, a
// profile dropped from bigv.profiles). Expiry too: the tree is only ever shown beside a stored
// session, which an expiry deletes, so a kept file would only be data at rest that nothing reads.
// Plain files, no vscode import, so the modes and deletions are tested as they happen.
import * as path from 'node:path';
import type { Account } from '../api';
import { isCachedAccounts } from '../api/fastCheck';
import type { Estate } from '../estate/estate';
import type { Endpoints } from '../session/endpoints';
import type { SessionStore } from '../session/sessionStore';

const SAVE_AFTER_MS = 3_000;
const CACHE_FILE = /^last-known-([a-z0-9-]+)\.json$/;
/** What versions before this one wrote: world-readable, named by a hash of endpoint and user. */
const LEGACY_FILE = /^estate-[0-9a-f]{24}\.json$/;
/** A write in progress (or one a crash cut short), renamed over the file when complete. */
const PARTIAL_FILE = /^\.last-known-.*\.tmp$/;

interface CacheFile {
  savedAt: number;
  apiEndpoint: string;
  username: string;
  accounts: unknown[];
}

/** The extension's global storage folder, where it is a local one (the cache is off elsewhere). */
export const cacheDir = (storage: { scheme: string; fsPath: string }): string | undefined => (storage.scheme === 'file' ? storage.fsPath : undefined);

// Required on first use, not at activation.
const fs = () => require('node:fs/promises') as typeof import('node:fs/promises');

interface SessionEvents {
  readonly signedIn: boolean;
  onDidChange(listener: () => void): { dispose(): unknown };
}

export class EstateCache {
  private timer: NodeJS.Timeout | undefined;
  /** Writes and deletions one after another, so a deletion is never overtaken by a write. */
  private queue: Promise<unknown> = Promise.resolve();

  /** `dir`: the extension's global storage folder, or undefined where it is not a local folder. */
  constructor(
    private readonly dir: string | undefined,
    private readonly profileId: string,
    private readonly saveAfterMs = SAVE_AFTER_MS,
  ) {}

  private get file(): string | undefined {
    return this.dir && path.join(this.dir, `last-known-${this.profileId}.json`);
  }

  private enqueue(op: () => Promise<void>): Promise<void> {
    const next = this.queue.then(op).catch(() => undefined); // unwritable: start as before, with an empty view
    this.queue = next;
    return next;
  }

  async load(apiEndpoint: string, username: string): Promise<{ accounts: Account[]; savedAt: number } | undefined> {
    if (!this.file) return undefined;
    try {
      const raw = JSON.parse(await fs().readFile(this.file, 'utf8')) as Partial<CacheFile>;
      if (typeof raw.savedAt !== 'number' || raw.apiEndpoint !== apiEndpoint || raw.username !== username) return undefined;
      // Checked by hand, not by zod: the cached tree is painted before the API bundle loads.
      return isCachedAccounts(raw.accounts) ? { accounts: raw.accounts, savedAt: raw.savedAt } : undefined;
    } catch {
      return undefined; // none yet, or unreadable: start as before, with an empty view
    }
  }

  /**
   * The tree saved for the session stored for these endpoints, shown at activation while the
   * overview loads. Without such a session (none, or one for endpoints changed since) the file
   * has no use, and goes.
   */
  async forStoredSession(store: Pick<SessionStore, 'load'>, at: Endpoints): Promise<{ accounts: Account[]; savedAt: number } | undefined> {
    const stored = await store.load(at);
    if (stored.kind === 'session') return this.load(at.apiEndpoint, stored.session.username);
    await this.forget();
    return undefined;
  }

  /** Saved a moment after a load, so a burst of reloads writes once. */
  saveSoon(apiEndpoint: string, username: string, estate: Estate): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.save(apiEndpoint, username, estate);
    }, this.saveAfterMs);
  }

  save(apiEndpoint: string, username: string, estate: Estate): Promise<void> {
    const accounts = estate.accountNodes.map((a) => ({ ...a.account, groups: a.groups.map((g) => ({ ...g.group, virtual_machines: g.servers.map((s) => s.vm) })) }));
    const body = JSON.stringify({ savedAt: Date.now(), apiEndpoint, username, accounts } satisfies CacheFile);
    return this.enqueue(async () => {
      const { dir, file } = this;
      if (!dir || !file) return;
      await fs().mkdir(dir, { recursive: true, mode: 0o700 });
      // Written aside with mode 600 and renamed over: the file is never readable by others, not
      // even an older one that was (the rename replaces it), and never half-written.
      const partial = path.join(dir, `.last-known-${this.profileId}.${process.pid}.${Date.now()}.tmp`);
      try {
        await fs().writeFile(partial, body, { mode: 0o600 });
        await fs().chmod(partial, 0o600);
        await fs().rename(partial, file);
      } finally {
        await fs().rm(partial, { force: true });
      }
    });
  }

  /** Deletes the file (and drops a save still waiting). */
  forget(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    return this.enqueue(async () => {
      if (this.file) await fs().rm(this.file, { force: true });
    });
  }

  /** Forgets the tree whenever the session ends, however it ends. */
  follow(session: SessionEvents): { dispose(): unknown } {
    return session.onDidChange(() => {
      if (!session.signedIn) void this.forget();
    });
  }

  /** Resolves once every write and deletion asked for so far is done. */
  settled(): Promise<unknown> {
    return this.queue;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}

/** Deletes the trees of profiles that are gone (`live`: the ids still in the settings) and the old world-readable files. */
export async function sweepCaches(dir: string | undefined, live: readonly string[]): Promise<void> {
  if (!dir) return;
  const names = await fs().readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const id = CACHE_FILE.exec(name)?.[1];
    const gone = (id !== undefined && !live.includes(id)) || LEGACY_FILE.test(name) || PARTIAL_FILE.test(name);
    if (gone) await fs().rm(path.join(dir, name), { force: true }).catch(() => undefined);
  }
}
