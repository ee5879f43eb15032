// When servers' health is read (model/health.ts, over SSH by features/health/): only for servers
// shown expanded or selected, when health is on for the profile, running ones only; a few at a
// time (pool.ts); each at most every HEALTH_MAX_AGE_MS, and again while it stays shown (the view
// visible). A reading is kept on the server node (`health`) with its time. No vscode import.
import * as l10n from '@vscode/l10n';
import type { HealthResult } from '../model/health';
import type { ServerNode } from './nodes';
import { mapLimited } from './pool';

/** A reading younger than this is not read again. */
export const HEALTH_MAX_AGE_MS = 3 * 60_000;
/** SSH logins at once: each is a process's worth of work on the user's machine and a login on the server. */
export const HEALTH_CONCURRENCY = 3;
/** How often the shown servers are looked at while the view is visible (a read only when due). */
const TICK_MS = 30_000;

export interface HealthPorts {
  /** Health is on for this profile (the setting, read afresh). */
  enabled(): boolean;
  /** One read; resolves with a reason rather than rejecting. */
  read(server: ServerNode): Promise<HealthResult>;
  /** Still in the tree (not signed out, deleted or gone in a reload): one that is not is forgotten. */
  alive?(server: ServerNode): boolean;
  /** These servers' rows changed (undefined: redraw all, e.g. the setting changed). */
  changed(servers: ServerNode[] | undefined): void;
  now?(): number;
}

export class HealthWatch {
  private readonly expandedSet = new Set<ServerNode>();
  private selectedSet = new Set<ServerNode>();
  private readonly inFlight = new Set<ServerNode>();
  private batch: Promise<void> | undefined;
  private again = false;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly ports: HealthPorts) {}

  private now(): number {
    return this.ports.now?.() ?? Date.now();
  }

  /** A server's rows are being shown (its children asked for): it is expanded. */
  shown(server: ServerNode): void {
    this.expandedSet.add(server);
    this.want(server);
  }

  expanded(server: ServerNode, open: boolean): void {
    if (open) this.shown(server);
    else this.expandedSet.delete(server);
  }

  /** The tree's selection (this profile's part of it). */
  selected(servers: readonly ServerNode[]): void {
    this.selectedSet = new Set(servers);
    for (const s of servers) this.want(s);
  }

  /** The setting changed: off forgets every reading; either way the tree is drawn again. */
  settingChanged(): void {
    if (!this.ports.enabled()) for (const s of [...this.expandedSet, ...this.selectedSet]) delete s.health;
    this.ports.changed(undefined);
  }

  setVisible(visible: boolean): void {
    clearInterval(this.timer);
    this.timer = undefined;
    if (!visible) return;
    this.timer = setInterval(() => this.tick(), TICK_MS);
    this.timer.unref?.();
    this.tick();
  }

  /** Reads whatever shown server is due. */
  tick(): Promise<void> {
    for (const s of [...this.expandedSet, ...this.selectedSet]) this.want(s);
    return this.batch ?? Promise.resolve();
  }

  dispose(): void {
    this.setVisible(false);
    this.expandedSet.clear();
    this.selectedSet.clear();
  }

  private due(server: ServerNode): boolean {
    if (this.ports.alive && !this.ports.alive(server)) {
      this.expandedSet.delete(server);
      this.selectedSet.delete(server);
      return false;
    }
    if (!this.ports.enabled() || server.vm.power_on !== true || this.inFlight.has(server)) return false;
    const h = server.health;
    return h?.result === undefined || this.now() - h.at >= HEALTH_MAX_AGE_MS;
  }

  private want(server: ServerNode): void {
    if (!this.due(server)) return;
    if (!server.health) {
      server.health = { at: 0 };
      this.ports.changed([server]);
    }
    this.run();
  }

  /** One batch at a time, through the pool; a want during it is picked up by the next. */
  private run(): void {
    if (this.batch) {
      this.again = true;
      return;
    }
    this.batch = (async () => {
      do {
        this.again = false;
        const due = [...new Set([...this.expandedSet, ...this.selectedSet])].filter((s) => this.due(s));
        due.forEach((s) => this.inFlight.add(s));
        await mapLimited(due, HEALTH_CONCURRENCY, (s) => this.readOne(s));
      } while (this.again);
    })().finally(() => {
      this.batch = undefined;
    });
  }

  private async readOne(server: ServerNode): Promise<void> {
    let result: HealthResult;
    try {
      result = await this.ports.read(server);
    } catch (err) {
      result = { ok: false, reason: err instanceof Error ? err.message : l10n.t('the read failed') };
    }
    this.inFlight.delete(server);
    // Turned off, or stopped, while it was read: not shown.
    if (!this.ports.enabled()) return;
    server.health = { at: this.now(), result };
    this.ports.changed([server]);
  }
}
