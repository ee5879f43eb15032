// Keeps ~/.ssh/bigv/config in step with every profile's servers while it is turned on: a change of
// any estate (created, renamed, moved, re-addressed, deleted, purged) schedules one rewrite, a
// moment later, of the whole file, written only when its text changes. A profile whose servers are
// not loaded in this window (signed out, still starting, failing) keeps the lines it has in the
// file; a profile gone from the settings loses them. Turning it off removes the file and our
// Include. No vscode import (wiring gives it the settings and the estates), so it is unit-tested.
import { primaryIp } from '../../model/format';
import { addInclude, hasInclude, removeInclude, userHostNames } from './include';
import { readText, removeManaged, sshPaths, writeAtomically, type SshPaths } from './files';
import { parseConfig, renderConfig, type ManagedHost } from './render';

/** What the sync reads of a profile: its id and its estate's servers. */
export interface ProfileServersSource {
  id: string;
  estate: {
    readonly status: string;
    servers(): ReadonlyArray<{ vm: { name: string; deleted: boolean; network_interfaces?: unknown }; parent: { group: { name: string }; parent: { account: { name: string } } } }>;
  };
}

export interface SyncDeps {
  home: string;
  profiles(): readonly ProfileServersSource[];
  /** The user to log in as (config/sshUser.ts). */
  userFor(profileId: string, fullName: string): string;
  log: { info(m: string): void; warn(m: string): void };
  /** How long after a change the file is written (changes in between are written together). */
  delayMs?: number;
}

export interface TurnedOff {
  removedFile: boolean;
  removedInclude: boolean;
  /** The user's config includes the file with a line of their own, which is left alone. */
  keptOwnInclude: boolean;
}

export class SshConfigSync {
  readonly paths: SshPaths;
  private on = false;
  private timer: NodeJS.Timeout | undefined;
  private chain: Promise<unknown> = Promise.resolve();
  private aliases = new Map<string, string>();
  private included = false;
  private lastSkipped = '';

  constructor(private readonly deps: SyncDeps) {
    this.paths = sshPaths(deps.home);
  }

  get enabled(): boolean {
    return this.on;
  }

  /** An estate changed: rewrite the file soon (nothing while turned off). */
  changed(): void {
    if (!this.on) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush().catch((err: Error) => this.deps.log.warn(`SSH config: could not write ${this.paths.file}: ${err.message}`)), this.deps.delayMs ?? 500);
    this.timer.unref?.();
  }

  /** Writes the file now (after any write under way). */
  flush(): Promise<void> {
    return this.queue(() => this.write());
  }

  /** On: writes the file at once. Off: removes it and our Include line. */
  async setEnabled(on: boolean): Promise<TurnedOff | undefined> {
    if (on === this.on) return on ? this.flush().then(() => undefined) : this.queue(() => this.turnOff());
    this.on = on;
    clearTimeout(this.timer);
    if (on) {
      await this.flush();
      return undefined;
    }
    return this.queue(() => this.turnOff());
  }

  /** The name ssh knows a server by, when the file lists it and ~/.ssh/config includes the file. */
  hostFor(profileId: string, fullName: string): string | undefined {
    return this.on && this.included ? this.aliases.get(`${profileId}/${fullName}`) : undefined;
  }

  async includePresent(): Promise<boolean> {
    this.included = hasInclude((await readText(this.paths.userConfig)) ?? '');
    return this.included;
  }

  /** Adds our Include at the top of ~/.ssh/config (creating it if need be); its other lines stay as they are. */
  addInclude(): Promise<void> {
    return this.queue(async () => {
      const text = (await readText(this.paths.userConfig)) ?? '';
      const next = addInclude(text);
      if (next !== text) await writeAtomically(this.paths.userConfig, next, { keepMode: true });
      this.included = true;
      this.deps.log.info(`SSH config: ${this.paths.userConfig} now includes ${this.paths.file}`);
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  private queue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.chain.then(task, task);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async write(): Promise<void> {
    if (!this.on) return;
    const { file, userConfig } = this.paths;
    const current = await readText(file);
    const kept = parseConfig(current ?? '');
    const hosts: ManagedHost[] = [];
    for (const p of this.deps.profiles()) {
      if (p.estate.status !== 'loaded') {
        hosts.push(...kept.filter((h) => h.profileId === p.id));
        continue;
      }
      for (const s of p.estate.servers()) {
        if (s.vm.deleted) continue;
        const vm = s.vm as Parameters<typeof primaryIp>[0];
        hosts.push({ profileId: p.id, account: s.parent.parent.account.name, group: s.parent.group.name, server: s.vm.name, address: primaryIp(vm) });
      }
    }
    const userText = (await readText(userConfig)) ?? '';
    this.included = hasInclude(userText);
    const rendered = renderConfig(hosts, (h) => this.deps.userFor(h.profileId, `${h.server}.${h.group}.${h.account}`), userHostNames(userText));
    this.aliases = rendered.aliases;
    const skipped = rendered.skipped.join('; ');
    if (skipped !== this.lastSkipped && skipped !== '') this.deps.log.warn(`SSH config: left out ${skipped}`);
    this.lastSkipped = skipped;
    if (rendered.text === current) return;
    await writeAtomically(file, rendered.text);
    this.deps.log.info(`SSH config: wrote ${rendered.aliases.size} servers to ${file}`);
  }

  private async turnOff(): Promise<TurnedOff> {
    const removedFile = await removeManaged(this.paths.file);
    const text = await readText(this.paths.userConfig);
    const result = removeInclude(text ?? '');
    if (text !== undefined && result.removed) await writeAtomically(this.paths.userConfig, result.text, { keepMode: true });
    this.included = result.keptOwn;
    this.aliases = new Map();
    if (removedFile || result.removed) this.deps.log.info(`SSH config: removed ${this.paths.file}${result.removed ? ` and its Include in ${this.paths.userConfig}` : ''}`);
    return { removedFile, removedInclude: result.removed, keptOwnInclude: result.keptOwn };
  }
}
