// Delete Group…: an empty group after a question. One that holds servers (deleted ones count:
// the brain refuses while any remain) says so and offers nothing destructive by default; only
// "Delete Its Servers Too", confirmed by typing the group's name, purges them and then the group.
import * as l10n from '@vscode/l10n';
import { serverCount } from '../../model/counts';
import type { CommandHandler } from '../context';
import { confirm, confirmByTypingName } from '../prompts';
import { groupAdmin } from '../privilege';
import { runGroupCall } from './groupCall';
import { resolveGroup } from './groupPrompts';
import { defineCommand } from '../definition';

export const deleteGroup: CommandHandler = async (ctx, arg) => {
  const g = await resolveGroup(ctx, arg, l10n.t('Select a group to delete'));
  if (!g) return undefined;
  const where = `${g.groupName}.${g.accountName}`;
  if (g.groupName === 'default') {
    void ctx.ui.notify('info', l10n.t('The default group of an account cannot be renamed or deleted.'));
    return undefined;
  }
  // The tree may hide deleted servers; the brain counts them. Ask it.
  const brain = await ctx.brain();
  if (!brain) return undefined;
  let names: string[];
  try {
    names = ((await brain.groups.get({ account: g.accountId, group: g.groupId })).virtual_machines ?? []).map((v) => v.name);
  } catch (err) {
    ctx.reportError(l10n.t('read group {0}', where), err);
    return undefined;
  }
  let purge = false;
  if (names.length === 0) {
    if (!(await confirm(ctx.ui, l10n.t('Delete group {0}?', where), l10n.t('The group is empty.'), l10n.t('Delete Group')))) return undefined;
  } else {
    const also = l10n.t('Delete Its Servers Too…');
    const show = l10n.t('Show Its Servers');
    const list = names.slice(0, 10).join(', ') + (names.length > 10 ? ', …' : '');
    // The first button is the dialog's default (Enter): the harmless one, never the destructive one.
    const choice = await ctx.ui.ask(
      l10n.t('{0} holds {1}: {2}', where, serverCount(names.length), list),
      l10n.t('A group can only be deleted once it is empty (deleted servers count until purged). Move or purge its servers first, or delete them with the group: that destroys them and their discs for good.'),
      [show, also],
    );
    if (choice === show) {
      const first = (await ctx.view.allServers())?.find((t) => t.ref.group === g.groupId && t.ref.account === g.accountId);
      if (first) await ctx.view.reveal(first);
      return undefined;
    }
    if (choice !== also) return undefined;
    const typed = await confirmByTypingName(
      ctx.ui,
      g.groupName,
      l10n.t('Delete {0} and its servers', where),
      l10n.t('This destroys {0} ({1}) with all their data, permanently, then the group. Type {2} to confirm.', serverCount(names.length), list, g.groupName),
    );
    if (!typed) return undefined;
    purge = true;
  }
  return runGroupCall(ctx, {
    title: purge ? l10n.t('Deleting group {0} and its servers', where) : l10n.t('Deleting group {0}', where),
    what: l10n.t('delete group {0}', where),
    needs: groupAdmin(g.groupName, g.accountName),
    done: l10n.t('Deleted group {0}.', where),
    call: (brain, signal) => brain.groups.delete({ account: g.accountId, group: g.groupId }, { purgeServers: purge }, { signal }),
  });
};

export const definition = defineCommand({
  id: 'bigv.deleteGroup',
  title: 'Delete Group…',
  icon: 'trash',
  rows: [
    { kinds: ['group'], menu: '9_danger@1' },
  ],
  writes: true,
  run: deleteGroup,
});
