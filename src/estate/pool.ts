// A few calls at a time, never all at once: the brain is shared, and a long list (a multi-selection,
// a server's addresses) must not become a burst of requests. Used by the runner and by the detail
// reads, so both bound their calls the same way.

/**
 * `work` on every item, at most `limit` at once, started in the order given; the results in that
 * order. `work` should not throw: a throw rejects the whole, while the calls already started go on.
 */
export async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
  return results;
}
