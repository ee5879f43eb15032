// The last-known tree, kept in the extension's storage so a reloaded window shows it at once
// (marked stale) instead of an empty view while the overview loads. Server data only: nothing
// secret is written. One file per endpoint and user; read back through the overview's checks.
import * as vscode from 'vscode';
import { parseOverview, type Account } from '../api';
import type { Estate } from '../estate/estate';

const SAVE_AFTER_MS = 3_000;

interface CacheFile {
  savedAt: number;
  accounts: unknown[];
}

export class EstateCache implements vscode.Disposable {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly dir: vscode.Uri) {}

  private file(endpoint: string, user: string): vscode.Uri {
    // node:crypto here, on first use: a signed-out activation names no cache file.
    const { createHash } = require('node:crypto') as typeof import('node:crypto');
    const name = createHash('sha256').update(`${endpoint}\n${user}`).digest('hex').slice(0, 24);
    return vscode.Uri.joinPath(this.dir, `estate-${name}.json`);
  }

  async load(endpoint: string, user: string): Promise<{ accounts: Account[]; savedAt: number } | undefined> {
    try {
      const raw = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(this.file(endpoint, user)))) as Partial<CacheFile>;
      if (typeof raw.savedAt !== 'number' || !Array.isArray(raw.accounts)) return undefined;
      return { accounts: parseOverview(raw.accounts).accounts, savedAt: raw.savedAt };
    } catch {
      return undefined; // none yet, or unreadable: start as before, with an empty view
    }
  }

  /** Saved a moment after a load, so a burst of reloads writes once. */
  saveSoon(endpoint: string, user: string, estate: Estate): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const accounts = estate.accountNodes.map((a) => ({ ...a.account, groups: a.groups.map((g) => ({ ...g.group, virtual_machines: g.servers.map((s) => s.vm) })) }));
      const body = new TextEncoder().encode(JSON.stringify({ savedAt: Date.now(), accounts } satisfies CacheFile));
      void Promise.resolve(vscode.workspace.fs.createDirectory(this.dir))
        .then(() => vscode.workspace.fs.writeFile(this.file(endpoint, user), body))
        .then(undefined, () => undefined);
    }, SAVE_AFTER_MS);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}
