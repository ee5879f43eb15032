// Whether deleted servers are listed: the view's eye button, the palette's Restore and the
// `bigv.showDeletedServers` setting (from this window or another) all change it here.
import * as vscode from 'vscode';
import type { EstateLoader } from '../estate/loader';
import { setContextKey } from '../ui/contextKeys';

export class DeletedServers {
  constructor(private readonly loader: EstateLoader) {
    void setContextKey('bigv.showDeleted', loader.includeDeleted);
  }

  get showDeleted(): boolean {
    return this.loader.includeDeleted;
  }

  async set(show: boolean): Promise<void> {
    await this.follow(show);
    // Persist the choice; the settings listener sees the value already applied and does nothing.
    const cfg = vscode.workspace.getConfiguration('bigv');
    if (cfg.get<boolean>('showDeletedServers') !== show) await cfg.update('showDeletedServers', show, vscode.ConfigurationTarget.Global);
  }

  /** The setting changed (Settings UI, another window): follow it. */
  async follow(show: boolean): Promise<void> {
    if (show === this.loader.includeDeleted) return;
    await setContextKey('bigv.showDeleted', show);
    await this.loader.setIncludeDeleted(show);
  }
}
