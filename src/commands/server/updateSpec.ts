// The shape of the small setting changes (CD-ROM, hardware profile, keymap, automatic restart):
// one PUT under the action runner, the tree showing "Updating…" until the answer is folded in.
import type { BrainClient } from '../../api';
import type { ActionSpec } from '../../estate/actions';
import type { ServerAction } from '../../model/serverState';
import type { ServerTarget } from '../../model/target';
import { explainForbidden, serverAdmin } from '../privilege';

export function updateSpec(
  action: ServerAction,
  title: (t: ServerTarget) => string,
  done: (t: ServerTarget) => string,
  put: (brain: BrainClient, t: ServerTarget, signal: AbortSignal) => Promise<unknown>,
): ActionSpec {
  return {
    action,
    title,
    done,
    call: async (brain, t, signal) => {
      try {
        await put(brain, t, signal);
      } catch (err) {
        throw explainForbidden(err, serverAdmin(t.fullName));
      }
    },
  };
}
