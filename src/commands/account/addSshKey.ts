// Add SSH Key…: a public key onto your Bytemark user, so the serial console lets you in.
import * as l10n from '@vscode/l10n';
import { splitKeys } from '../../api/brain/people';
import type { CommandHandler } from '../context';
import { runDetail } from '../detailActions';
import { chooseKey } from './keyPrompts';
import { defineCommand } from '../definition';

export const addSshKey: CommandHandler = async (ctx) => {
  const brain = await ctx.brain();
  const user = ctx.session.username;
  if (!brain || !user) return undefined;
  let have: string[] = [];
  try {
    have = splitKeys((await brain.users.own(user)).authorized_keys);
  } catch (err) {
    ctx.reportError(l10n.t('read the SSH keys of {0}', user), err);
    return undefined;
  }
  const key = await chooseKey(ctx.ui, l10n.t('Add SSH Key to {0}', user), have);
  if (!key) return undefined;
  const name = key.comment || key.fingerprint;
  const ok = await runDetail(ctx, undefined, {
    title: l10n.t('Adding SSH key {0} to {1}', name, user),
    what: l10n.t('add SSH key {0} to {1}', name, user),
    done: l10n.t('Added SSH key {0} to {1}. The serial console lets it in now.', name, user),
    call: (b, signal) => b.users.addAuthorizedKey(user, key.line, { signal }),
  });
  if (ok) ctx.details.accountChanged();
  return ok;
};

export const definition = defineCommand({
  id: 'bigv.addSshKey',
  title: 'Add SSH Key…',
  icon: 'add',
  rows: [
    { view: 'account', kinds: ['sshKeys'], menu: '1_keys@1', inline: 1 },
  ],
  titleBar: [
    { view: 'account', group: 'navigation@1', when: 'bigv.signedIn' },
  ],
  route: 'account',
  writes: true,
  run: addSshKey,
});
