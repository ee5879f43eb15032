// Whether deleted servers are listed: the view's eye button, the palette's Restore and the
// `bigv.showDeletedServers` setting (from this window or another) all change it here. No vscode
// import (profileCore.ts builds it): the context key and the setting come in as ports.
import type { EstateLoader } from '../estate/loader';

export interface DeletedServersPorts {
  /** Sets the `bigv.showDeleted` context key (which eye button the view shows). */
  context(show: boolean): PromiseLike<unknown>;
  /** Writes the `bigv.showDeletedServers` setting if it says otherwise. */
  persist(show: boolean): PromiseLike<unknown>;
}

export class DeletedServers {
  constructor(
    private readonly loader: EstateLoader,
    private readonly ports: DeletedServersPorts,
  ) {
    void ports.context(loader.includeDeleted);
  }

  get showDeleted(): boolean {
    return this.loader.includeDeleted;
  }

  async set(show: boolean): Promise<void> {
    await this.follow(show);
    // Persist the choice; the settings listener sees the value already applied and does nothing.
    await this.ports.persist(show);
  }

  /** The setting changed (Settings UI, another window): follow it. */
  async follow(show: boolean): Promise<void> {
    if (show === this.loader.includeDeleted) return;
    await this.ports.context(show);
    await this.loader.setIncludeDeleted(show);
  }
}
