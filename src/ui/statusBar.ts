// The status-bar entry: who is signed in (it does not fit a narrow sidebar's title), and while
// any server is changing, how many. Click: show the servers, or sign in.
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { Estate } from '../estate/estate';
import { statusWords, type SignedInAs } from '../interaction/statusWords';
import { isChanging, stateOf } from '../model/serverState';

/** Who is signed in (one entry per signed-in profile) and how many servers are changing. */
export interface StatusSummary {
  users: SignedInAs[];
  changing: number;
}

export const changingCount = (estate: Estate): number => estate.servers().filter((s) => isChanging(stateOf(s.vm, s.pending))).length;

export class StatusBarEntry implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('bigv.status', vscode.StatusBarAlignment.Left, 50);
  private readonly subs: vscode.Disposable[] = [];

  constructor(
    private readonly summary: () => StatusSummary,
    private readonly enabled: () => boolean,
  ) {
    this.item.name = l10n.t('Bytemark Cloud');
    this.subs.push(
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('bigv.statusBar') && this.update()),
    );
    this.update();
  }

  update(): void {
    if (!this.enabled()) {
      this.item.hide();
      return;
    }
    const { users, changing } = this.summary();
    const words = statusWords(users, changing);
    if (!words) {
      this.item.text = `$(cloud) ${l10n.t('BigV: Sign In')}`;
      this.item.tooltip = l10n.t('Sign in to Bytemark Cloud');
      this.item.command = 'bigv.signIn';
    } else {
      this.item.text = changing > 0 ? `$(cloud) ${words.text} · $(sync~spin) ${changing}` : `$(cloud) ${words.text}`;
      this.item.tooltip = `${words.tooltip}\n${l10n.t('Click to show the servers, sign in or out, or add a profile.')}`;
      this.item.command = 'bigv.sessionMenu';
    }
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subs) s.dispose();
  }
}
