// Revoke… (a privilege row of Your Account, one granted to an API key): it stops working at once.
// From the palette: a pick of the privileges you can see that you may revoke.
import * as l10n from '@vscode/l10n';
import type { Privilege } from '../../api';
import type { PickItem } from '../../interaction/port';
import type { CommandHandler } from '../context';
import { defineCommand } from '../definition';
import { levelWords, privilegeTarget } from '../../model/privileges';
import { holder, revoke } from './revokeWords';

const privilegeOf = (arg: unknown): Privilege | undefined =>
  typeof arg === 'object' && arg !== null && (arg as { kind?: unknown }).kind === 'privilege' ? (arg as { privilege: Privilege }).privilege : undefined;

export const revokePrivilege: CommandHandler = async (ctx, arg) => {
  let p = privilegeOf(arg);
  if (!p) {
    const brain = await ctx.brain();
    if (!brain) return undefined;
    let list: Privilege[];
    try {
      list = await brain.privileges.list();
    } catch (err) {
      ctx.reportError(l10n.t('read the privileges you can see'), err);
      return undefined;
    }
    // Cluster privileges are Bytemark's to hand out; the rest the brain decides (a 403 says which privilege it needs).
    const items = list.filter((x) => !x.level.startsWith('cluster')).map((x): PickItem & { p: Privilege } => ({
      label: `$(${x.api_key_id ? 'key' : 'person'}) ${holder(x)}`, description: `${x.level} on ${privilegeTarget(x)}`, detail: levelWords(x.level), p: x,
    }));
    if (items.length === 0) {
      void ctx.ui.notify('info', l10n.t('There are no privileges you can see to revoke.'));
      return undefined;
    }
    p = (await ctx.ui.pick(items, { title: l10n.t('Revoke a Privilege'), placeHolder: l10n.t('Select the privilege to revoke'), matchOnDescription: true }))?.p;
    if (!p) return undefined;
  }
  return revoke(ctx, p);
};

export const definition = defineCommand({
  id: 'bigv.revokePrivilege',
  title: 'Revoke Privilege…',
  icon: 'close',
  rows: [
    { view: 'account', kinds: ['privilege'], menu: '9_danger@1', inline: 1 },
  ],
  route: 'account',
  writes: true,
  run: revokePrivilege,
});
