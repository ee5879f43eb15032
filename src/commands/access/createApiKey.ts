// Create API Key…: what a script or CI signs in with. A label, an expiry, and what it may do (a
// privilege on a server, group or account, tied to the key), as `bytemark add api key` then
// `grant … --api-key-id` send them (B.9, A.7). The secret is shown once, with Copy, and kept
// nowhere unless the person chooses to sign in with it here.
import * as l10n from '@vscode/l10n';
import type { ApiKey, PrivilegeLevel } from '../../api';
import { expiryIn, typedExpiry } from '../../model/apiKeys';
import type { PickItem } from '../../interaction/port';
import type { CommandContext, CommandHandler } from '../context';
import { defineCommand } from '../definition';
import { runDetail } from '../detailActions';
import { resultOf, runWizard, stepPick, type Step } from '../wizard';
import { levelWords } from '../../model/privileges';
import { resolveScope, type AccessScope } from './accessScope';

interface NewKey {
  label?: string;
  /** Undefined: never expires. */
  expires?: string;
  expiryChosen?: boolean;
  on?: AccessScope | null;
  level?: PrivilegeLevel;
}

export const labelProblem = (v: string): string | undefined =>
  v.trim() === '' ? l10n.t('Name it after where it is used, e.g. "github-deploy".') : v.length > 64 || /[\u0000-\u001f\u007f]/.test(v) ? l10n.t('Up to 64 characters, on one line.') : undefined;

function steps(ctx: CommandContext, title: string): Step<NewKey>[] {
  const now = Date.now();
  return [
    async (s, step) => resultOf(await ctx.ui.input({ title, step, prompt: l10n.t('A label for the key (where it is used)'), value: s.label ?? '', validate: labelProblem }), (v) => (s.label = v.trim())),
    async (s, step) => {
      const items: (PickItem & { days?: number; typed?: true })[] = [
        { label: l10n.t('In 30 days'), days: 30 }, { label: l10n.t('In 90 days'), days: 90 }, { label: l10n.t('In a year'), days: 365 },
        { label: l10n.t('On a date…'), typed: true }, { label: l10n.t('Never'), description: l10n.t('until you delete it') },
      ];
      const picked = await stepPick(ctx.ui, items, { title, step, placeHolder: l10n.t('When does it expire?') });
      if (picked === undefined || typeof picked === 'symbol') return resultOf(picked, () => undefined);
      if (picked.typed) {
        const typed = await ctx.ui.input({ title, step, prompt: l10n.t('Expires on (YYYY-MM-DD, midnight UTC)'), validate: (v) => { const r = typedExpiry(v, now); return r.ok ? undefined : r.why; } });
        if (typed === undefined || typeof typed === 'symbol') return resultOf(typed, () => undefined);
        const r = typedExpiry(typed, now);
        s.expires = r.ok ? r.value : undefined;
      } else s.expires = picked.days === undefined ? undefined : expiryIn(picked.days, now);
      s.expiryChosen = true;
      return 'next';
    },
    async (s, step) => {
      const none = l10n.t('Nothing yet');
      const items = [{ label: l10n.t('On a server, group or account…'), description: l10n.t('what CI needs to deploy or restart'), pick: true }, { label: none, description: l10n.t('grant it later from Who Has Access…'), pick: false }];
      const picked = await stepPick(ctx.ui, items, { title, step, placeHolder: l10n.t('What may it do?') });
      if (picked === undefined || typeof picked === 'symbol') return resultOf(picked, () => undefined);
      if (!picked.pick) {
        s.on = null;
        return 'next';
      }
      const on = await resolveScope(ctx, undefined, { title, manage: true });
      if (!on) return 'cancel';
      s.on = on;
      if (on.levels.length === 1) s.level = on.levels[0];
      else {
        const level = await ctx.ui.pick(on.levels.map((l) => ({ label: l, description: levelWords(l), l })), { title, placeHolder: l10n.t('What may it do on {0}?', on.name) });
        if (!level) return 'cancel';
        s.level = level.l;
      }
      return 'next';
    },
  ];
}

export const createApiKey: CommandHandler = async (ctx) => {
  const brain = await ctx.brain();
  const user = ctx.session.username;
  if (!brain || !user) return undefined;
  const title = l10n.t('Create API Key for {0}', user);
  const state: NewKey = {};
  if (!(await runWizard(state, steps(ctx, title)))) return undefined;
  const label = state.label!;
  let made: ApiKey | undefined;
  const ok = await runDetail(ctx, undefined, {
    title: l10n.t('Creating API key {0}', label),
    what: l10n.t('create API key {0}', label),
    done: undefined,
    call: async (b, signal) => {
      const me = await b.users.own(user, { signal });
      made = await b.apiKeys.create({ label, user_id: me.id, ...(state.expires ? { expires_at: state.expires } : {}) }, { signal });
      if (state.on && state.level) await b.privileges.grant(user, { level: state.level, ...state.on.target, api_key_id: made.id }, { signal });
    },
  });
  ctx.details.accountChanged();
  if (!made) return ok;
  return showOnce(ctx, made, ok ? undefined : l10n.t('The key was made, but its privilege was not granted (see the error): grant it from Who Has Access….'));
};

/** The secret, this once: Copy, or sign this profile in with it. */
async function showOnce(ctx: CommandContext, key: ApiKey, warning?: string): Promise<boolean> {
  const secret = key.api_key ? `apikey.${key.api_key.replace(/^apikey\./, '')}` : undefined;
  if (!secret) {
    void ctx.ui.notify('warning', l10n.t('API key {0} was made, but the API did not send its secret. Delete it and make another.', key.label));
    return false;
  }
  const copy = l10n.t('Copy');
  const signIn = l10n.t('Sign In with It Here');
  const detail = [warning ?? '', l10n.t('Copy it now: it is shown this once and is not kept here.'), secret].filter(Boolean).join('\n\n');
  const choice = await ctx.ui.ask(l10n.t('API key {0} is ready', key.label), detail, [copy, signIn], { severity: 'info', closeLabel: l10n.t('Close') });
  if (choice === copy) {
    await ctx.ui.copy(secret);
    ctx.ui.flash(l10n.t('Copied API key {0}: paste it where it is needed. It is not shown again.', key.label));
  } else if (choice === signIn) {
    const adopted = await ctx.ui.progress(l10n.t('Signing in with API key {0}', key.label), (signal) => ctx.session.adoptApiKey(secret, signal)).catch((err: unknown) => {
      ctx.reportError(l10n.t('sign in with API key {0}', key.label), err);
      return false;
    });
    if (adopted) ctx.ui.flash(l10n.t('Signed in with API key {0}: it acts with its own privileges.', key.label));
  }
  return true;
}

export const definition = defineCommand({
  id: 'bigv.createApiKey',
  title: 'Create API Key…',
  icon: 'add',
  rows: [
    { view: 'account', kinds: ['apiKeys'], menu: '1_keys@1', inline: 1 },
  ],
  route: 'account',
  writes: true,
  run: createApiKey,
});
