// Resize: cores and memory. More applies while the server runs; fewer or less needs it powered
// off, so then it is powered off first and started again, as one operation.
import type { BrainClient, ServerRef } from '../../api';
import type { MachineSize } from '../names';
import { changeWhileOff, type WhileOffOptions } from './whileOff';

/** With `o.powerOff`, the server is powered off, resized and started again. */
export async function resizeServer(brain: BrainClient, ref: ServerRef, size: MachineSize, o: WhileOffOptions): Promise<void> {
  await changeWhileOff(brain, ref, async (call) => void (await brain.servers.resize(ref, size, call)), o);
}
