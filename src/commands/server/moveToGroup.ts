// Move to Group…: to another group of the same account that the user administers. The brain
// moves only a powered-off server, so a running one is shut down first, moved and started again,
// as one action. A name already taken in the new group is caught before anything is sent.
import * as l10n from '@vscode/l10n';
import type { Privilege } from '../../api';
import { moveServer } from '../../model/operations/move';
import type { PowerOffMethod } from '../../model/operations/power';
import { succeeded, type CommandContext, type CommandHandler } from '../context';
import { allGroups, type GroupChoice } from '../group/groupPrompts';
import { askPowerOffFirst } from '../powerOffFirst';
import { explainForbidden, groupAdmin } from '../privilege';
import { defineCommand } from '../definition';

export const moveToGroup: CommandHandler = async (ctx, arg) => {
  const target = await ctx.resolveServer(arg, { action: 'moveToGroup', placeHolder: l10n.t('Select a server to move to another group') });
  if (!target) return undefined;
  const accounts = await ctx.accounts();
  if (!accounts) return undefined;
  const mine = await administered(ctx);
  const groups = allGroups(accounts).filter((g) => g.groupId !== target.vm.group_id && (mine?.(g) ?? true));
  if (groups.length === 0) {
    void ctx.ui.notify('info', l10n.t('There is no other group you administer to move {0} to. Add one first (Add Group… on an account).', target.fullName));
    return undefined;
  }
  const items = groups.map((g) => ({
    label: g.groupName,
    description: g.taken.has(target.vm.name) ? l10n.t('already has a server called {0}', target.vm.name) : g.accountName,
    g,
  }));
  const picked = await ctx.ui.pick(items, { title: l10n.t('Move {0}', target.fullName), placeHolder: l10n.t('Select the group to move it to') });
  if (!picked) return undefined;
  const to = picked.g;
  if (to.taken.has(target.vm.name)) {
    void ctx.ui.notify('warning', l10n.t('{0}.{1} already has a server called {2}. Rename one of them first.', to.groupName, to.accountName, target.vm.name));
    return undefined;
  }
  let powerOff: PowerOffMethod | undefined;
  if (target.vm.power_on) {
    powerOff = await askPowerOffFirst(ctx.ui, {
      message: l10n.t('{0} must be powered off to move.', target.fullName),
      detail: l10n.t('It is shut down cleanly, moved to {0} (its hostname changes with the group) and started again.', to.groupName),
      shutDown: l10n.t('Shut Down, Move and Start'),
    });
    if (powerOff === undefined) return undefined;
  }
  const outcomes = await ctx.run([target], {
    action: 'moveToGroup',
    title: (t) => l10n.t('Moving {0} to {1}', t.fullName, to.groupName),
    done: (t) => l10n.t('Moved {0} to {1}.{2}.', t.vm.name, to.groupName, to.accountName),
    call: async (brain, t, signal) => {
      try {
        await moveServer(brain, t.ref, to.groupId, {
          ...(powerOff ? { powerOff } : {}),
          signal,
          waitUntilOff: async () => ctx.showNewServer(await ctx.waitFor(t, (vm) => !vm.power_on, signal), 'moving'),
          // Its row moves to the new group at once: the tree re-reads a server through its group,
          // which no longer holds it.
          onMoved: (vm) => ctx.showNewServer(vm, 'moving'),
        });
      } catch (err) {
        throw explainForbidden(err, groupAdmin(to.groupName, to.accountName));
      }
    },
  });
  return succeeded(outcomes);
};

/** Which groups the user administers, from their privileges; undefined (all) when they cannot be read. */
async function administered(ctx: CommandContext): Promise<((g: GroupChoice) => boolean) | undefined> {
  const brain = await ctx.brain();
  const user = ctx.session.username;
  if (!brain || !user) return undefined;
  let privileges: Privilege[];
  try {
    privileges = await brain.privileges.forUser(user);
  } catch {
    return undefined;
  }
  if (privileges.some((p) => p.level.startsWith('cluster'))) return () => true;
  const accounts = new Set(privileges.filter((p) => p.level === 'account_admin').map((p) => p.account_id));
  const groups = new Set(privileges.filter((p) => p.level === 'group_admin').map((p) => p.group_id));
  return (g) => accounts.has(g.accountId) || groups.has(g.groupId);
}

export const definition = defineCommand({
  id: 'bigv.moveToGroup',
  title: 'Move to Group…',
  icon: 'move',
  rows: [
    { kinds: ['server'], menu: '6_change@3' },
  ],
  writes: true,
  run: moveToGroup,
});
