// Move to another group: the brain moves only a powered-off server, so a running one is powered
// off, moved and started again, as one operation.
import type { BrainClient, ServerRef, VirtualMachine } from '../../api';
import { changeWhileOff, type WhileOffOptions } from './whileOff';

export interface MoveOptions extends WhileOffOptions {
  /** The server as it is in its new group, read once it has moved (before it is started again). */
  onMoved?: (vm: VirtualMachine) => void;
}

/** Moves the server to the group `groupId` (same account), keeping its name. */
export async function moveServer(brain: BrainClient, ref: ServerRef, groupId: number, o: MoveOptions): Promise<void> {
  await changeWhileOff(
    brain,
    ref,
    async (call) => {
      await brain.servers.move(ref, groupId, undefined, call);
      // From here on it is addressed through its new group: the old path no longer holds it.
      const there: ServerRef = { ...ref, group: groupId };
      const vm = await brain.getServer(there, call);
      o.onMoved?.(vm);
      return there;
    },
    o,
  );
}
