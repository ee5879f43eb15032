// A group change: one call under a progress notification, a log line, the tree reloaded after
// (groups are not polled, so the overview is the way to see the API's answer), and a failure
// said in words: a 400 per field, a 403 as the privilege it needed.
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

export async function runGroupCall(ctx: CommandContext, c: GroupCall): Promise<boolean | undefined> {
  const brain = await ctx.brain();
  if (!brain) return undefined;
  ctx.log.info(`${c.title}…`);
  try {
    await ctx.ui.progress(c.title, (signal) => c.call(brain, signal));
  } catch (err) {
    ctx.reportError(c.what, explainForbidden(err, c.needs), () => runGroupCall(ctx, c));
    await ctx.refreshAll();
    return false;
  }
  ctx.log.info(`${c.title}: done.`);
  await ctx.refreshAll();
  ctx.ui.flash(`$(check) ${c.done}`);
  return true;
}
