// Rename Group…: every server in it gets a new hostname (<server>.<group>.<account>), so the
// prompt says so when there are any.
import * as l10n from '@vscode/l10n';
import { serverCount } from '../../model/counts';
import type { CommandHandler } from '../context';
import { nameValidator } from '../nameWords';
import { groupAdmin } from '../privilege';
import { runGroupCall } from './groupCall';
import { resolveGroup } from './groupPrompts';
import { defineCommand } from '../definition';

export const renameGroup: CommandHandler = async (ctx, arg) => {
  const g = await resolveGroup(ctx, arg, l10n.t('Select a group to rename'));
  if (!g) return undefined;
  if (g.groupName === 'default') {
    void ctx.ui.notify('info', l10n.t('The default group of an account cannot be renamed or deleted.'));
    return undefined;
  }
  const siblings = (await ctx.accounts())?.find((a) => a.account.id === g.accountId)?.groups.map((x) => x.group.name) ?? [];
  const name = await ctx.ui.input({
    title: l10n.t('Rename group {0}.{1}', g.groupName, g.accountName),
    prompt: g.taken.size > 0
      ? l10n.t('New name. The hostnames of its {0} change with it (web1.{1}.{2} becomes web1.<new>.{2}).', serverCount(g.taken.size), g.groupName, g.accountName)
      : l10n.t('New name for the group'),
    value: g.groupName,
    validate: nameValidator(new Set(siblings.filter((n) => n !== g.groupName)), g.accountName),
  });
  if (!name || name === g.groupName) return undefined;
  return runGroupCall(ctx, {
    title: l10n.t('Renaming group {0}.{1} to {2}', g.groupName, g.accountName, name),
    what: l10n.t('rename group {0}.{1}', g.groupName, g.accountName),
    needs: groupAdmin(g.groupName, g.accountName),
    done: l10n.t('Renamed the group to {0}.{1}.', name, g.accountName),
    call: (brain, signal) => brain.groups.rename({ account: g.accountId, group: g.groupId }, name, { signal }),
  });
};

export const definition = defineCommand({
  id: 'bigv.renameGroup',
  title: 'Rename Group…',
  icon: 'edit',
  rows: [
    { kinds: ['group'], menu: '2_group@1' },
  ],
  writes: true,
  run: renameGroup,
});
