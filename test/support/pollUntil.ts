// Waits for a server through the extension's own poller (the one polling loop), for tests that
// drive the API directly and need to see a transition finish.
import type { BrainClient, ServerRef, VirtualMachine } from '../../src/api';
import { Poller } from '../../src/estate/poller';

export interface PollUntilOptions {
  intervalMs?: number;
  maxMs?: number;
  signal?: AbortSignal;
  onPoll?: (vm: VirtualMachine) => void;
}

export function pollUntil(brain: BrainClient, ref: ServerRef, done: (vm: VirtualMachine) => boolean, o: PollUntilOptions = {}): Promise<VirtualMachine> {
  const poller = new Poller<VirtualMachine>({
    fetch: async () => {
      const vm = await brain.getServer(ref, o.signal ? { signal: o.signal } : undefined);
      o.onPoll?.(vm);
      return { value: vm };
    },
    defaultSettled: () => true,
    intervalMs: () => o.intervalMs ?? 20,
    maxMs: o.maxMs ?? 5_000,
  });
  return poller.wait(0, done, o.signal).finally(() => poller.dispose());
}
