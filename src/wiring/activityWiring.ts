// The window's Activity log and its view: one log in globalState for every profile (each
// profile's runner adds to it, ProfileCore), the view asking each entry's own profile whether its
// Undo is offered, redrawn when a tree changes (a server changed since is no longer undoable), and
// an entry's row routed to its own profile's context (the Undo command runs there).
import * as vscode from 'vscode';
import type { CommandContext } from '../commands/context';
import { ActivityLog, isActivityEntry } from '../estate/activity';
import { registerActivityView } from '../ui/activityView';

interface ProfileLike {
  readonly profile: { readonly id: string };
  readonly ctx: CommandContext;
}

export class ActivityWiring<P extends ProfileLike> implements vscode.Disposable {
  readonly log: ActivityLog;
  private readonly view: vscode.Disposable & { refresh(): void };
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(state: vscode.Memento, private readonly apps: () => readonly P[]) {
    this.log = new ActivityLog(state);
    const log = this.log;
    this.view = registerActivityView({
      shown: () => log.shown(),
      get filter() {
        return log.filter;
      },
      onDidChange: (l) => log.onDidChange(l),
      offered: (e) => this.apps().find((a) => a.profile.id === e.profile)?.ctx.activity.offered(e) ?? false,
      several: () => this.apps().length > 1,
    });
  }

  /** The profile an Activity row belongs to, for routing its commands. */
  ownerOf(node: unknown): { entry: P; isRoot: boolean } | undefined {
    const app = isActivityEntry(node) ? this.apps().find((a) => a.profile.id === node.profile) : undefined;
    return app && { entry: app, isRoot: false };
  }

  /** A tree changed: the rows' Undo is looked at again (at most once a second, and only with something to undo). */
  estateChanged(): void {
    if (this.timer || !this.log.entries().some((e) => e.undo)) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.view.refresh();
    }, 1000);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.view.dispose();
    this.log.dispose();
  }
}
