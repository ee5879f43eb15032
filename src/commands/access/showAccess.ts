// Who Has Access…: the privileges on an account, a group or a server (as `bytemark show
// privileges --group` lists them), each with who granted it and how it must be used; pick one to
// revoke it, or Grant Access… where this user may manage the target.
import * as l10n from '@vscode/l10n';
import type { Privilege } from '../../api';
import type { PickItem } from '../../interaction/port';
import type { CommandHandler } from '../context';
import { defineCommand } from '../definition';
import { levelWords } from '../../model/privileges';
import { resolveScope } from './accessScope';
import { grantOn } from './grantAccess';
import { holder, revoke } from './revokeWords';

type Item = PickItem & ({ grant: true } | { privilege: Privilege });

export const showAccess: CommandHandler = async (ctx, arg) => {
  const on = await resolveScope(ctx, arg, { title: l10n.t('Who Has Access'), manage: false });
  if (!on) return undefined;
  const brain = await ctx.brain();
  if (!brain) return undefined;
  let list: Privilege[];
  try {
    list = await ctx.ui.progress(l10n.t('Reading who has access to {0}', on.name), (signal) => brain.privileges.on(on.scope, { signal }));
  } catch (err) {
    ctx.reportError(l10n.t('read who has access to {0}', on.name), err);
    return undefined;
  }
  const items: Item[] = [
    ...(on.manage ? [{ label: `$(person-add) ${l10n.t('Grant Access…')}`, description: l10n.t('to someone, or to one of your API keys'), grant: true as const }] : []),
    ...list.map((p): Item => ({
      label: `$(${p.api_key_id ? 'key' : 'person'}) ${holder(p)}`,
      description: `${p.level} · ${levelWords(p.level)}`,
      detail: [
        p.creating_username ? l10n.t('granted by {0}', p.creating_username) : '',
        p.yubikey_required ? l10n.t('needs a Yubikey') : '',
        p.password_required ? l10n.t('needs the password') : '',
        on.manage ? l10n.t('select to revoke') : '',
      ].filter(Boolean).join(' · '),
      privilege: p,
    })),
  ];
  if (list.length === 0 && !on.manage) {
    void ctx.ui.notify('info', l10n.t('No privileges on {0} that you can see.', on.name));
    return undefined;
  }
  const picked = await ctx.ui.pick(items, {
    title: l10n.t('Who has access to {0} ({1})', on.name, list.length),
    placeHolder: on.manage ? l10n.t('Select a privilege to revoke it, or Grant Access…') : l10n.t('The privileges on it you can see (you may not change them)'),
    matchOnDescription: true,
  });
  if (!picked) return undefined;
  if ('grant' in picked) return grantOn(ctx, on);
  if (!on.manage) return undefined;
  return revoke(ctx, picked.privilege, on.name);
};

export const definition = defineCommand({
  id: 'bigv.showAccess',
  title: 'Who Has Access…',
  icon: 'organization',
  rows: [
    { kinds: ['account', 'group', 'server'], menu: '8_access@1' },
  ],
  writes: false,
  run: showAccess,
});
