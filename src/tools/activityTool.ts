// bigv_activity: the Activity log as the model reads it, newest first, one line an entry: when,
// who (the person, or "agent: <tool>"), what, how it went, the error, and whether Undo is offered.
// Compact and never a secret: the log itself holds none (estate/activity.ts).
import { z } from '../api';
import type { ActivityEntry } from '../estate/activity';
import { defineTool } from './types';

export interface ActivityInput { limit?: number | undefined; server?: string | undefined }

const OUTCOME: Record<ActivityEntry['outcome'], string> = { ok: 'done', failed: 'FAILED', cancelled: 'cancelled', unknown: 'no answer (not known whether done)' };

export const activityLog = defineTool<ActivityInput>({
  name: 'bigv_activity',
  kind: 'read',
  schema: () => z.strictObject({ limit: z.optional(z.int().check(z.gte(1), z.lte(100))), server: z.optional(z.string().check(z.minLength(1))) }),
  invocation: (i) => `Reading the activity log${i.server ? ` of ${i.server}` : ''}`,
  async invoke(host, i) {
    const profiles = host.profiles();
    // One log for the window: every profile's context hands out the same entries.
    const seen = new Map<string, { e: ActivityEntry; offered: boolean }>();
    for (const p of profiles) {
      for (const e of p.ctx.activity.entries()) if (!seen.has(e.id) || e.profile === p.ctx.activity.profile) seen.set(e.id, { e, offered: e.profile === p.ctx.activity.profile && p.ctx.activity.offered(e) });
    }
    const text = i.server?.toLowerCase();
    const all = [...seen.values()].sort((a, b) => b.e.at - a.e.at).filter(({ e }) => !text || e.target.toLowerCase().includes(text));
    const limit = i.limit ?? 20;
    if (all.length === 0) return text ? `No changes to ${i.server} in the activity log.` : 'The activity log is empty: no change has been made from this window (or it was cleared).';
    const lines = all.slice(0, limit).map(({ e, offered }) => {
      const parts = [new Date(e.at).toISOString().slice(0, 19).replace('T', ' '), e.who, e.action, OUTCOME[e.outcome]];
      if (profiles.length > 1) parts.push(`profile ${e.profileName}`);
      if (e.error) parts.push(`error: ${e.error.slice(0, 200)}`);
      if (e.undoneBy !== undefined) parts.push('undone since');
      else if (offered) parts.push('Undo offered in the Activity view');
      return parts.join(' | ');
    });
    const more = all.length > limit ? [`and ${all.length - limit} older (limit up to 100)`] : [];
    return [`${all.length} change(s), newest first (UTC):`, ...lines, ...more].join('\n');
  },
});
