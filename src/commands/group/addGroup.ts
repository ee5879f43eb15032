// Add Group… (on an account): a new, empty group; its name becomes part of its servers' hostnames.
import * as l10n from '@vscode/l10n';
import type { CommandHandler } from '../context';
import { nameValidator } from '../nameWords';
import { accountAdmin } from '../privilege';
import { runGroupCall } from './groupCall';
import { resolveAccount } from './groupPrompts';
import { defineCommand } from '../definition';

export const addGroup: CommandHandler = async (ctx, arg) => {
  const account = await resolveAccount(ctx, arg, l10n.t('Select the account to add a group to'));
  if (!account) return undefined;
  const name = await ctx.ui.input({
    title: l10n.t('Add a group to {0}', account.name),
    prompt: l10n.t('Name of the new group: lower-case letters, digits and hyphens (its servers are called <server>.<group>.{0})', account.name),
    placeHolder: 'staging',
    validate: nameValidator(account.taken, account.name),
  });
  if (!name) return undefined;
  return runGroupCall(ctx, {
    title: l10n.t('Adding group {0} to {1}', name, account.name),
    what: l10n.t('add group {0} to {1}', name, account.name),
    needs: accountAdmin(account.name),
    done: l10n.t('Added group {0}.{1}.', name, account.name),
    call: (brain, signal) => brain.groups.create({ account: account.id }, name, { signal }),
  });
};

export const definition = defineCommand({
  id: 'bigv.addGroup',
  title: 'Add Group…',
  icon: 'new-folder',
  rows: [
    { kinds: ['account'], menu: '1_create@1' },
  ],
  writes: true,
  run: addGroup,
});
