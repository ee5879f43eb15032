// Guards the "session expired" flow. Many calls can be in flight when a session dies (a tree
// load, a poll tick, a command) and each of them gets a 401; only the first may clear the token
// and tell the user, and a 401 from a call that started under an older session must not sign
// out the session that replaced it.

export class SessionEpoch {
  private epoch = 0;
  private live = false;

  /** Identifies the current session; capture it when a call starts. */
  get current(): number {
    return this.epoch;
  }

  get active(): boolean {
    return this.live;
  }

  /** A new session was established (sign-in, restore, silent renewal). */
  begin(): number {
    this.epoch++;
    this.live = true;
    return this.epoch;
  }

  /** The session ended on purpose (sign out, endpoint change). */
  end(): void {
    this.epoch++;
    this.live = false;
  }

  /**
   * A call made under `epoch` was refused with 401. True for exactly one caller per session:
   * the one that must run the expiry flow; false for late or duplicate reports.
   */
  expire(epoch: number = this.epoch): boolean {
    if (!this.live || epoch !== this.epoch) return false;
    this.live = false;
    return true;
  }
}
