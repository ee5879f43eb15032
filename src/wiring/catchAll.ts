// The last line of defence around every command: whatever a handler throws is logged with its
// stack and said once through the one error path, instead of reaching the user as VS Code's raw
// toast with nothing in the log. No vscode import (unit-tested).

export interface CatchAllDeps {
  /** The log line, with the stack: what a bug report needs. */
  logError(message: string): void;
  /** The user's message, through the error path ("Could not run …: <why>", Show Log). */
  report(id: string, err: unknown): void;
}

/** Runs `task`; a throw resolves to undefined after being logged and reported. */
export async function catchAll<T>(id: string, task: () => Promise<T>, deps: CatchAllDeps): Promise<T | undefined> {
  try {
    return await task();
  } catch (err) {
    deps.logError(`${id} threw: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    deps.report(id, err);
    return undefined;
  }
}
