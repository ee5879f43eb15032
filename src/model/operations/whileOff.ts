// The brain makes some changes only to a powered-off server (a reimage, fewer cores or less
// memory, a move to another group). Each is the same sequence: power off by the way the user
// chose, wait until the brain reports it off, change it, and start it again unless the change
// itself does. One sequence here, so the three cannot drift apart.
import type { BrainClient, ServerRef } from '../../api';
import { powerOff, startServer, type CallOpts, type PowerOffMethod } from './power';

export type WhileOffStep = 'powering-off' | 'starting';

export interface PowerOffFirst {
  /** Resolves once the brain reports the server powered off (the estate's poller does this). */
  waitUntilOff: () => Promise<unknown>;
  signal?: AbortSignal;
  onStep?: (step: 'powering-off') => void;
}

export interface WhileOffOptions extends PowerOffFirst {
  /** How to power the server off first; undefined: the change is made as the server is. */
  powerOff?: PowerOffMethod;
  onStep?: (step: WhileOffStep) => void;
}

const callOpts = (o: { signal?: AbortSignal }): CallOpts => (o.signal ? { signal: o.signal } : {});

/** Powers the server off by `method` and waits until the brain reports it off. */
export async function powerOffAndWait(brain: BrainClient, ref: ServerRef, method: PowerOffMethod, o: PowerOffFirst): Promise<void> {
  o.onStep?.('powering-off');
  await powerOff(brain, ref, method, callOpts(o));
  await o.waitUntilOff();
}

/**
 * `change`, between a power-off and a start when `o.powerOff` is given. `change` answers where the
 * server is afterwards when that is somewhere else (a move), so the start is sent there.
 */
export async function changeWhileOff(
  brain: BrainClient,
  ref: ServerRef,
  change: (call: CallOpts) => Promise<ServerRef | void>,
  o: WhileOffOptions,
): Promise<void> {
  if (o.powerOff) await powerOffAndWait(brain, ref, o.powerOff, o);
  const now = (await change(callOpts(o))) ?? ref;
  if (!o.powerOff) return;
  o.onStep?.('starting');
  await startServer(brain, now, callOpts(o));
}
