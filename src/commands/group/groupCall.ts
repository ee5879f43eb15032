// A group change on the one runner: one call under a progress notification, a log line, the tree
// reloaded after (groups are not polled, so the overview is the way to see the API's answer), and
// a failure said in words: a 400 per field, a 403 as the privilege it needed.
import type { BrainClient } from '../../api';
import type { CommandContext } from '../context';
import { explainForbidden } from '../privilege';

export interface GroupCall {
  /** "Adding group backup to demo": the progress title and the log line. */
  title: string;
  /** Completes "Could not …". */
  what: string;
  /** What a 403 means was missing. */
  needs: string;
  done: string;
  call(brain: BrainClient, signal: AbortSignal): Promise<unknown>;
}

/** One group change on the one runner; undefined when not signed in (the user declined). */
export async function runGroupCall(ctx: CommandContext, c: GroupCall): Promise<boolean | undefined> {
  const [outcome] = await ctx.act([c], {
    key: () => `group:${c.what}`,
    title: () => c.title,
    what: () => c.what,
    done: () => c.done,
    call: (brain, _c, signal) => c.call(brain, signal),
    explain: (err) => explainForbidden(err, c.needs),
    refresh: () => ctx.refreshAll(),
    settle: () => ctx.refreshAll(),
  }, () => c.title);
  return outcome === undefined || outcome.result === 'cancelled' ? undefined : outcome.result === 'ok';
}
