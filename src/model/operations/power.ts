// The power operations as the Go CLI performs them (bigv-api.md B.3.2, D.2), kept free of vscode
// so they can be tested against the simulator over HTTP.
import { setTimeout as delay } from 'node:timers/promises';
import { CancelledError, type BrainClient, type ServerRef, type VirtualMachine } from '../../api';
import { FlowError } from '../errors';

export interface CallOpts {
  signal?: AbortSignal;
}

export async function startServer(brain: BrainClient, ref: ServerRef, o: CallOpts = {}): Promise<void> {
  await brain.updateServer(ref, { autoreboot_on: true, power_on: true }, o);
}

/** Hard power off: both flags false, or the brain would boot it straight back up. */
export async function stopServer(brain: BrainClient, ref: ServerRef, o: CallOpts = {}): Promise<void> {
  await brain.updateServer(ref, { autoreboot_on: false, power_on: false }, o);
}

/** The API's reboot recipe: power off with autoreboot on, so the brain starts it again. */
export async function restartServer(brain: BrainClient, ref: ServerRef, o: CallOpts = {}): Promise<void> {
  await brain.updateServer(ref, { autoreboot_on: true, power_on: false }, o);
}

/**
 * ACPI shutdown. autoreboot must be cleared first: with it on, a powerdown is a reboot.
 * Returns once the signal is sent; the operating system takes its own time to power off
 * (see waitForServer).
 */
export async function shutdownServer(brain: BrainClient, ref: ServerRef, o: CallOpts = {}): Promise<void> {
  await brain.updateServer(ref, { autoreboot_on: false }, o);
  await brain.signal(ref, 'powerdown', undefined, o);
}

export async function resetServer(brain: BrainClient, ref: ServerRef, o: CallOpts = {}): Promise<void> {
  await brain.signal(ref, 'reset', undefined, o);
}

export interface WaitOptions {
  /** Time between GETs. The Go CLI uses 5 s; the extension's poll interval setting applies. */
  intervalMs: number;
  /** Give up after this long (the Go CLI waits forever, which a UI should not). */
  timeoutMs: number;
  signal?: AbortSignal;
  /** Each server state read, e.g. to update a progress message. */
  onPoll?: (vm: VirtualMachine) => void;
}

/**
 * Polls one server (single GETs, never the whole overview) until `done` holds. Throws
 * FlowError('wait-timeout') after `timeoutMs`, or the abort reason if cancelled.
 */
export async function waitForServer(
  brain: BrainClient,
  ref: ServerRef,
  done: (vm: VirtualMachine) => boolean,
  what: string,
  o: WaitOptions,
): Promise<VirtualMachine> {
  const deadline = Date.now() + o.timeoutMs;
  for (;;) {
    const vm = await brain.getServer(ref, { signal: o.signal });
    o.onPoll?.(vm);
    if (done(vm)) return vm;
    const left = deadline - Date.now();
    if (left <= 0) {
      throw new FlowError(
        'wait-timeout',
        `${vm.name} did not ${what} within ${formatDuration(o.timeoutMs)}. ` +
          `Refresh later to see whether it got there, or open its console to see what it is doing.`,
      );
    }
    try {
      await delay(Math.min(o.intervalMs, left), undefined, { signal: o.signal });
    } catch (err) {
      // Report a cancel the way the client does, so callers treat it as a cancel, not a failure.
      if (o.signal?.aborted) throw new CancelledError();
      throw err;
    }
  }
}

export type PowerOffMethod = 'shutdown' | 'stop';

/** Powers a server off by the chosen method and returns once the brain reports it off. */
export async function powerOffAndWait(
  brain: BrainClient,
  ref: ServerRef,
  method: PowerOffMethod,
  o: WaitOptions,
): Promise<VirtualMachine> {
  const call = { signal: o.signal };
  if (method === 'shutdown') await shutdownServer(brain, ref, call);
  else await stopServer(brain, ref, call);
  return waitForServer(brain, ref, (vm) => !vm.power_on, 'power off', o);
}

function formatDuration(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  if (s === 1) return '1 second';
  if (s < 120) return `${s} seconds`;
  return `${Math.round(s / 60)} minutes`;
}
