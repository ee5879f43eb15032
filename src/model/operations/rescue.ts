// Restart into Rescue as the official CLI does it (`restart server --rescue`, bigv-api.md D.2):
// the shutdown sequence and its wait, then one PUT that starts the server with the appliance.
// `permanent: false`: the next power cycle boots the server's own disc again (Boot Normally).
import type { BrainClient, ServerRef } from '../../api';
import type { PowerOffMethod } from './power';
import { powerOffAndWait, type PowerOffFirst } from './whileOff';

export const RESCUE = 'rescue';

export interface ApplianceOptions extends PowerOffFirst {
  /** How to power a running server off first; undefined for a server that is already off. */
  powerOff?: PowerOffMethod;
}

/** Powers the server off (if asked) and starts it into `appliance` (bigv-api.md B.3.2: start with appliance). */
export async function startIntoAppliance(brain: BrainClient, ref: ServerRef, appliance: string, o: ApplianceOptions): Promise<void> {
  if (o.powerOff) await powerOffAndWait(brain, ref, o.powerOff, o);
  await brain.servers.set(ref, { autoreboot_on: true, power_on: true, appliance: { name: appliance, permanent: false } }, o.signal ? { signal: o.signal } : {});
}

/** Boot Normally: the same power cycle with no appliance, so the brain boots the server's own disc. */
export async function startNormally(brain: BrainClient, ref: ServerRef, o: ApplianceOptions): Promise<void> {
  if (o.powerOff) await powerOffAndWait(brain, ref, o.powerOff, o);
  await brain.servers.set(ref, { autoreboot_on: true, power_on: true }, o.signal ? { signal: o.signal } : {});
}
