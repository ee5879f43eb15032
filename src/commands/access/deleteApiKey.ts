// Delete API Key… (an API key row, or picked): anything using it is refused from then on.
import * as l10n from '@vscode/l10n';
import type { ApiKey } from '../../api';
import { apiKeyState } from '../../model/apiKeys';
import type { CommandHandler } from '../context';
import { defineCommand } from '../definition';
import { runDetail } from '../detailActions';
import { confirm } from '../prompts';

const keyOf = (arg: unknown): ApiKey | undefined =>
  typeof arg === 'object' && arg !== null && (arg as { kind?: unknown }).kind === 'apiKey' ? (arg as { key: ApiKey }).key : undefined;

export const deleteApiKey: CommandHandler = async (ctx, arg) => {
  let key = keyOf(arg);
  if (!key) {
    const brain = await ctx.brain();
    if (!brain) return undefined;
    let keys: ApiKey[];
    try {
      keys = await brain.apiKeys.list();
    } catch (err) {
      ctx.reportError(l10n.t('read your API keys'), err);
      return undefined;
    }
    if (keys.length === 0) {
      void ctx.ui.notify('info', l10n.t('You have no API keys.'));
      return undefined;
    }
    const items = keys.map((k) => ({ label: k.label, description: apiKeyState(k.expires_at, Date.now()).words, k }));
    key = (await ctx.ui.pick(items, { title: l10n.t('Delete API Key'), placeHolder: l10n.t('Select the key to delete') }))?.k;
    if (!key) return undefined;
  }
  const k = key;
  const detail = ctx.session.usesApiKey
    ? l10n.t('Scripts and CI using it are refused from now on. You are signed in with an API key here: if it is this one, you are signed out too.')
    : l10n.t('Scripts and CI using it are refused from now on, and its privileges go with it.');
  if (!(await confirm(ctx.ui, l10n.t('Delete API key {0}?', k.label), detail, l10n.t('Delete')))) return undefined;
  const ok = await runDetail(ctx, undefined, {
    title: l10n.t('Deleting API key {0}', k.label),
    what: l10n.t('delete API key {0}', k.label),
    done: l10n.t('Deleted API key {0}.', k.label),
    call: (b, signal) => b.apiKeys.delete(k.id, { signal }),
  });
  if (ok) ctx.details.accountChanged();
  return ok;
};

export const definition = defineCommand({
  id: 'bigv.deleteApiKey',
  title: 'Delete API Key…',
  icon: 'trash',
  rows: [
    { view: 'account', kinds: ['apiKey'], menu: '9_danger@1', inline: 1 },
  ],
  route: 'account',
  writes: true,
  run: deleteApiKey,
});
