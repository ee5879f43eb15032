// Before the serial console: it lets in only SSH keys on your Bytemark user. With none there,
// say so and offer Add SSH Key… rather than a console that refuses. A failed check says nothing.
import * as l10n from '@vscode/l10n';
import { splitKeys } from '../../api/brain/people';
import type { CommandContext } from '../context';
import { addSshKey } from './addSshKey';

/** True to go on opening the console; false when the user cancelled. */
export async function consoleKeyCheck(ctx: CommandContext): Promise<boolean> {
  const user = ctx.session.username;
  const brain = await ctx.brain();
  if (!brain || !user) return true;
  let keys: string[];
  try {
    keys = splitKeys((await brain.users.own(user)).authorized_keys);
  } catch (err) {
    ctx.log.warn(`Could not check the SSH keys of ${user} before the console: ${err instanceof Error ? err.message : String(err)}`);
    return true;
  }
  if (keys.length > 0) return true;
  const add = l10n.t('Add SSH Key…');
  const anyway = l10n.t('Open Anyway');
  const choice = await ctx.ui.ask(
    l10n.t('{0} has no SSH keys on Bytemark', user),
    l10n.t('The serial console lets in only the SSH keys on your Bytemark user. Add your public key first?'),
    [add, anyway],
  );
  if (choice === add) return (await addSshKey(ctx)) === true;
  return choice === anyway;
}
