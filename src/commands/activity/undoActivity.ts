// Undo: an Activity entry's change put back, as an action of its own on the one runner (recorded
// too), asked first where the change was; refused once the server has changed since (read afresh).
import * as l10n from '@vscode/l10n';
import { isActivityEntry, undoOffered, type ActivityEntry } from '../../estate/activity';
import type { ServerTarget } from '../../model/target';
import type { CommandContext, CommandHandler } from '../context';
import { defineCommand } from '../definition';
import { planOf } from './undoTable';

/** The row's entry, or from the palette a pick of this profile's entries that can be undone. */
async function entryOf(ctx: CommandContext, arg: unknown): Promise<ActivityEntry | undefined> {
  if (isActivityEntry(arg)) return ctx.activity.get(arg.id) ?? arg;
  const offered = ctx.activity.entries().filter((e) => ctx.activity.offered(e));
  if (!offered.length) return void ctx.ui.notify('info', l10n.t('Nothing in the Activity log can be undone now.'));
  const picked = await ctx.ui.pick(offered.map((e) => ({ label: e.action, description: `${new Date(e.at).toLocaleString()} · ${e.who}`, e })), { title: l10n.t('Undo'), placeHolder: l10n.t('Select the change to undo') });
  return picked?.e;
}

/** The entry's server as it is now: from the tree (read again), or, deleted and hidden, read by its address. */
async function serverNow(ctx: CommandContext, e: ActivityEntry & { server: NonNullable<ActivityEntry['server']> }): Promise<ServerTarget | undefined> {
  const known = (await ctx.view.allServers())?.find((t) => t.vm.id === e.server.id);
  if (known) {
    const vm = await ctx.refreshServer(known);
    return vm && { ...known, vm };
  }
  const brain = await ctx.brain();
  const vm = await brain?.getServer(e.server.ref).catch(() => undefined);
  if (!vm) return undefined;
  const account = (await ctx.accounts())?.find((a) => a.account.id === e.server.ref.account);
  const groupName = account?.groups.find((g) => g.group.id === vm.group_id)?.group.name ?? String(vm.group_id);
  const accountName = account?.account.name ?? String(e.server.ref.account);
  return { ref: { ...e.server.ref, group: vm.group_id }, vm, accountName, groupName, fullName: `${vm.name}.${groupName}.${accountName}` };
}

export const undoActivity: CommandHandler = async (ctx, arg) => {
  const entry = await entryOf(ctx, arg);
  if (!entry) return undefined;
  const { undo, server } = entry;
  if (!undo || !server || entry.outcome !== 'ok') return void ctx.ui.notify('info', l10n.t('“{0}” cannot be undone.', entry.action));
  if (entry.undoneBy !== undefined) return void ctx.ui.notify('info', l10n.t('“{0}” has been undone already.', entry.action));
  if (entry.profile !== ctx.activity.profile) return void ctx.ui.notify('info', l10n.t('“{0}” was made in profile {1}, which is not here any more.', entry.action, entry.profileName));
  const target = await serverNow(ctx, { ...entry, server });
  if (!target) return void ctx.ui.notify('info', l10n.t('{0} no longer exists: “{1}” cannot be undone.', entry.target, entry.action));
  if (!undoOffered(entry, target.vm)) {
    return void ctx.ui.notify('info', l10n.t('{0} has changed since “{1}”: undoing it now would not put it back as it was.', target.fullName, entry.action));
  }
  const plan = planOf(undo);
  const why = plan.refusal?.(undo, target);
  if (why) return void ctx.ui.notify('info', l10n.t('Not possible on {0} now: {1}', target.fullName, why));
  const detail = plan.confirm?.(undo, target);
  if (detail !== undefined) {
    const button = l10n.t('Undo');
    if ((await ctx.ui.ask(l10n.t('{0}?', plan.what(undo, target)), detail, [button])) !== button) return undefined;
  }
  const ok = await plan.run(ctx, undo, target);
  if (ok) ctx.activity.markUndone(entry.id, ctx.activity.entries()[0]?.id ?? '');
  return ok;
};

export const definition = defineCommand({
  id: 'bigv.undoActivity',
  title: 'Undo',
  icon: 'discard',
  rows: [
    { view: 'activity', kinds: ['activity'], menu: '1_undo@1', inline: 1 },
  ],
  writes: true,
  run: undoActivity,
});
