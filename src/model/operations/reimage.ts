// Reimage orchestration. The API refuses a reimage of a powered-on server (and the Go CLI does
// not power off first, so users meet that refusal); here the user chooses how to power it off
// and we wait for it before sending the reimage.
import type { BrainClient, ReimageSpec, ServerRef } from '../../api';
import { FlowError } from '../flowErrors';
import type { PowerOffMethod } from './power';
import { powerOffAndWait } from './whileOff';

export type ReimageStep = 'checking' | 'powering-off' | 'reimaging';

export interface ReimageOptions {
  /** How to power the server off if it is on; undefined means "it must already be off". */
  powerOff?: PowerOffMethod;
  /** Resolves once the brain reports the server powered off (the estate's poller does this). */
  waitUntilOff: () => Promise<unknown>;
  signal?: AbortSignal;
  onStep?: (step: ReimageStep) => void;
}

export async function reimageServer(
  brain: BrainClient,
  ref: ServerRef,
  spec: ReimageSpec,
  o: ReimageOptions,
): Promise<void> {
  const call = o.signal ? { signal: o.signal } : {};
  o.onStep?.('checking');
  // Fresh state, not the tree's: the server may have been started since the user picked it.
  const vm = await brain.getServer(ref, call);
  if (vm.deleted) {
    throw new FlowError('deleted', `${vm.name} is deleted. Restore it before reimaging it.`);
  }
  if (vm.power_on) {
    if (o.powerOff === undefined) {
      throw new FlowError(
        'powered-on',
        `${vm.name} is powered on, and a server can only be reimaged while it is off. Shut it down or stop it, then reimage it.`,
      );
    }
    await powerOffAndWait(brain, ref, o.powerOff, o);
  }
  o.onStep?.('reimaging');
  await brain.reimage(ref, spec, call);
}
