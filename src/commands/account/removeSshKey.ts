// Remove (an SSH key row): the key no longer opens the serial console.
import * as l10n from '@vscode/l10n';
import { parsePublicKey } from '../../model/sshKeys';
import type { PickItem } from '../../interaction/port';
import type { CommandHandler } from '../context';
import { runDetail } from '../detailActions';
import { confirm } from '../prompts';
import { splitKeys } from '../../api/brain/people';
import { defineCommand } from '../definition';

const lineOf = (arg: unknown): string | undefined =>
  typeof arg === 'object' && arg !== null && (arg as { kind?: unknown }).kind === 'key' && typeof (arg as { line?: unknown }).line === 'string' ? (arg as { line: string }).line : undefined;

export const removeSshKey: CommandHandler = async (ctx, arg) => {
  const brain = await ctx.brain();
  const user = ctx.session.username;
  if (!brain || !user) return undefined;
  let line = lineOf(arg);
  if (line === undefined) {
    let keys: string[];
    try {
      keys = splitKeys((await brain.users.own(user)).authorized_keys);
    } catch (err) {
      ctx.reportError(l10n.t('read the SSH keys of {0}', user), err);
      return undefined;
    }
    if (keys.length === 0) {
      void ctx.ui.notify('info', l10n.t('{0} has no SSH keys on Bytemark.', user));
      return undefined;
    }
    const items = keys.map((l): PickItem & { line: string } => {
      const r = parsePublicKey(l);
      return { label: r.ok ? r.key.comment || r.key.type : l.slice(0, 40), description: r.ok ? r.key.fingerprint : '', line: l };
    });
    const picked = await ctx.ui.pick(items, { title: l10n.t('Remove SSH Key'), placeHolder: l10n.t('Select the key to remove') });
    if (!picked) return undefined;
    line = picked.line;
  }
  const parsed = parsePublicKey(line);
  const name = parsed.ok ? parsed.key.comment || parsed.key.fingerprint : line.slice(0, 40);
  const yes = await confirm(ctx.ui, l10n.t('Remove SSH key {0} from {1}?', name, user), l10n.t('The serial console no longer lets this key in. Servers keep any copy in their own authorized_keys.'), l10n.t('Remove'));
  if (!yes) return undefined;
  const ok = await runDetail(ctx, undefined, {
    title: l10n.t('Removing SSH key {0} from {1}', name, user),
    what: l10n.t('remove SSH key {0} from {1}', name, user),
    done: l10n.t('Removed SSH key {0} from {1}.', name, user),
    call: (b, signal) => b.users.removeAuthorizedKey(user, line, { signal }),
  });
  if (ok) ctx.details.accountChanged();
  return ok;
};

export const definition = defineCommand({
  id: 'bigv.removeSshKey',
  title: 'Remove SSH Key…',
  icon: 'trash',
  rows: [
    { view: 'account', kinds: ['sshKey'], menu: '9_danger@1', inline: 1 },
  ],
  route: 'account',
  writes: true,
  run: removeSshKey,
});
