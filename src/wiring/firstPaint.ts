// The Servers view's first rows after a reload: the last-known tree as soon as it is read, never
// the network behind it. The view's first getChildren waits on `wait()`: for the first load, or
// for the cached tree if there is one, whichever comes first. No vscode import.

export class FirstPaint<C> {
  private readonly cacheRead = settledOnce();

  constructor(
    private readonly deps: {
      /** The tree holds something to show (a load, or the cached tree). */
      loaded(): boolean;
      /** The load under way (restoring the session, then the overview), if any. */
      loading(): Promise<unknown> | undefined;
    },
  ) {}

  /** Shows the last-known tree if there is one, then lets a waiting view paint. */
  async showCached(find: () => Promise<C | undefined>, show: (cached: C) => void): Promise<void> {
    try {
      const cached = await find();
      if (cached !== undefined) show(cached);
    } finally {
      // Only once the tree holds it: settled earlier, a waiting view would find nothing yet and wait for the network.
      this.cacheRead.done();
    }
  }

  wait(): Promise<void> | undefined {
    if (this.deps.loaded()) return undefined;
    return (async () => {
      await Promise.race([this.cacheRead.promise, this.deps.loading()]);
      if (!this.deps.loaded()) await this.deps.loading();
    })();
  }
}

function settledOnce(): { promise: Promise<void>; done(): void } {
  let done!: () => void;
  const promise = new Promise<void>((resolve) => (done = resolve));
  return { promise, done };
}
