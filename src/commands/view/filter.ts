// Narrows the tree: by text (name, hostname, IP), by state, or to an account or group. Each
// choice changes its own part of the filter, so they combine; the view's description shows it.
import * as l10n from '@vscode/l10n';
import type { ServerFilter, StateFilter } from '../../model/filter';
import type { PickItem } from '../../interaction/port';
import type { CommandHandler } from '../context';
import { defineCommand } from '../definition';

interface Choice extends PickItem {
  apply(f: ServerFilter): Promise<ServerFilter | undefined> | ServerFilter | undefined;
}

export const filter: CommandHandler = async (ctx) => {
  const current = ctx.view.filter ?? {};
  const state = (s: StateFilter, label: string): Choice => ({
    label,
    ...(current.state === s ? { description: l10n.t('(on)') } : {}),
    apply: (f) => ({ ...f, state: f.state === s ? undefined : s }),
  });
  const choices: Choice[] = [
    {
      label: l10n.t('$(search) Name, hostname or IP address…'),
      ...(current.text ? { description: `"${current.text}"` } : {}),
      apply: async (f) => {
        const text = await ctx.ui.input({ title: l10n.t('Filter servers'), prompt: l10n.t('Part of a name, hostname or IP address (empty to clear)'), value: f.text ?? '' });
        return text === undefined ? undefined : { ...f, text: text.trim() || undefined };
      },
    },
    state('running', l10n.t('$(vm-running) Running')),
    state('stopped', l10n.t('$(vm-outline) Stopped')),
    state('changing', l10n.t('$(sync) Changing')),
    state('deleted', l10n.t('$(trash) Deleted')),
    ...ctx.view.scopes().flatMap(({ account, groups }): Choice[] => [
      { label: `$(account) ${account}`, description: l10n.t('account'), apply: (f) => ({ ...f, account, group: undefined }) },
      ...groups.map((group): Choice => ({ label: `$(folder) ${group}`, description: `${account}`, apply: (f) => ({ ...f, account, group }) })),
    ]),
  ];
  if (ctx.view.filter) choices.push({ label: l10n.t('$(clear-all) Clear the filter'), apply: () => ({}) });
  const picked = await ctx.ui.pick(choices, { title: l10n.t('Filter servers'), placeHolder: l10n.t('Narrow the tree to…'), matchOnDescription: true });
  if (!picked) return undefined;
  const next = await picked.apply(current);
  if (next === undefined) return undefined;
  // Deleted servers are only in the tree when they are shown.
  if (next.state === 'deleted' && !ctx.view.showDeleted) await ctx.view.setShowDeleted(true);
  ctx.view.setFilter(next);
  return next;
};

export const definition = defineCommand({
  id: 'bigv.filter',
  title: 'Filter Servers…',
  icon: 'filter',
  titleBar: [
    { view: 'servers', group: 'navigation@7', when: 'bigv.signedIn' },
  ],
  route: 'window',
  writes: false,
  run: filter,
});
