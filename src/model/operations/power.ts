// The power operations as the Go CLI performs them (bigv-api.md B.3.2, D.2), kept free of vscode
// so they can be tested against the simulator over HTTP.
import type { BrainClient, ServerRef } from '../../api';

export interface CallOpts {
  signal?: AbortSignal;
}

export async function startServer(brain: BrainClient, ref: ServerRef, o: CallOpts = {}): Promise<void> {
  await brain.servers.set(ref, { autoreboot_on: true, power_on: true }, o);
}

/** Hard power off: both flags false, or the brain would boot it straight back up. */
export async function stopServer(brain: BrainClient, ref: ServerRef, o: CallOpts = {}): Promise<void> {
  await brain.servers.set(ref, { autoreboot_on: false, power_on: false }, o);
}

/** The API's reboot recipe: power off with autoreboot on, so the brain starts it again. */
export async function restartServer(brain: BrainClient, ref: ServerRef, o: CallOpts = {}): Promise<void> {
  await brain.servers.set(ref, { autoreboot_on: true, power_on: false }, o);
}

/**
 * ACPI shutdown. autoreboot must be cleared first: with it on, a powerdown is a reboot.
 * Returns once the signal is sent; the operating system takes its own time to power off
 * (see waitForServer).
 */
export async function shutdownServer(brain: BrainClient, ref: ServerRef, o: CallOpts = {}): Promise<void> {
  await brain.servers.set(ref, { autoreboot_on: false }, o);
  await brain.signal(ref, 'powerdown', undefined, o);
}

export async function resetServer(brain: BrainClient, ref: ServerRef, o: CallOpts = {}): Promise<void> {
  await brain.signal(ref, 'reset', undefined, o);
}

export type PowerOffMethod = 'shutdown' | 'stop';

/** Powers a server off by the chosen method; the caller waits for the brain to report it off. */
export async function powerOff(brain: BrainClient, ref: ServerRef, method: PowerOffMethod, o: CallOpts = {}): Promise<void> {
  if (method === 'shutdown') await shutdownServer(brain, ref, o);
  else await stopServer(brain, ref, o);
}
