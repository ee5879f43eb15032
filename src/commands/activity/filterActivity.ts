// Filter Activity by Server…: the Activity view narrowed to one server's changes (of any profile),
// chosen from the servers it has entries for; "All servers" shows everything again.
import * as l10n from '@vscode/l10n';
import type { ActivityFilter } from '../../estate/activity';
import type { CommandHandler } from '../context';
import { defineCommand } from '../definition';

export const filterActivity: CommandHandler = async (ctx) => {
  const servers = new Map<string, ActivityFilter & { count: number }>();
  for (const e of ctx.activity.entries()) {
    if (!e.server) continue;
    const key = `${e.profile}:${e.server.id}`;
    const seen = servers.get(key);
    // Newest first: the first entry names the server as it was last called.
    if (seen) seen.count++;
    else servers.set(key, { profile: e.profile, server: e.server.id, name: e.target, count: 1 });
  }
  if (!servers.size) return void ctx.ui.notify('info', l10n.t('The Activity log has no changes to servers yet.'));
  const all = { label: l10n.t('All servers'), description: ctx.activity.filter ? undefined : l10n.t('shown now'), f: undefined };
  const picks = [...servers.values()].map((s) => ({ label: s.name, description: s.count === 1 ? l10n.t('1 change') : l10n.t('{0} changes', s.count), f: s as ActivityFilter }));
  const picked = await ctx.ui.pick([all, ...picks], { title: l10n.t('Filter Activity by Server'), placeHolder: l10n.t('Select a server'), matchOnDescription: false });
  if (!picked) return undefined;
  ctx.activity.setFilter(picked.f && { profile: picked.f.profile, server: picked.f.server, name: picked.f.name });
  return true;
};

export const definition = defineCommand({
  id: 'bigv.filterActivity',
  title: 'Filter Activity by Server…',
  icon: 'filter',
  palette: 'always',
  titleBar: [
    { view: 'activity', group: 'navigation@1' },
  ],
  route: 'window',
  writes: false,
  run: filterActivity,
});
