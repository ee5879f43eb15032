// A minimal event emitter, so the session needs no vscode import.
/** A minimal event: vscode.EventEmitter without the vscode import. */
export class Emitter {
  private readonly listeners = new Set<() => void>();
  readonly event = (listener: () => void): { dispose(): void } => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };
  fire(): void {
    for (const l of [...this.listeners]) l();
  }
  dispose(): void {
    this.listeners.clear();
  }
}
