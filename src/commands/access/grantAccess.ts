// Grant Access…: a privilege on the account, group or server right-clicked (or picked), to a user
// by name, optionally needing a Yubikey, optionally tied to one of your API keys (what CI needs).
// Asked as a wizard with Back, confirmed in words, sent as the CLI's `grant` sends it (B.9).
import * as l10n from '@vscode/l10n';
import type { ApiKey, GrantSpec, PrivilegeLevel } from '../../api';
import { BACK, type PickItem } from '../../interaction/port';
import type { CommandContext, CommandHandler } from '../context';
import { defineCommand } from '../definition';
import { runDetail } from '../detailActions';
import { explainForbidden, accountAdmin, groupAdmin } from '../privilege';
import { resultOf, runWizard, stepPick, type Step } from '../wizard';
import { levelWords } from '../../model/privileges';
import { resolveScope, type AccessScope } from './accessScope';

/** A Bytemark username: letters, digits and `._-`, as the panel allows; never a path or a space. */
export function usernameProblem(text: string): string | undefined {
  const v = text.trim();
  if (v === '') return l10n.t('Enter the username of the person (or automation account) to grant it to.');
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(v) ? undefined : l10n.t('A username is letters, digits, ".", "_" and "-" (up to 64), starting with a letter or digit.');
}

interface Grant {
  user?: string;
  level?: PrivilegeLevel;
  yubikey: boolean;
  key?: ApiKey;
}

export async function grantOn(ctx: CommandContext, on: AccessScope): Promise<boolean | undefined> {
  const me = ctx.session.username;
  const state: Grant = { yubikey: false };
  const title = l10n.t('Grant access to {0}', on.name);
  let keys: ApiKey[] | undefined;
  const steps: Step<Grant>[] = [
    async (s, step) => resultOf(await ctx.ui.input({ title, step, prompt: l10n.t('Who? Their Bytemark username'), value: s.user ?? '', validate: usernameProblem }), (v) => (s.user = v.trim())),
    async (s, step) => {
      if (on.levels.length === 1) {
        s.level = on.levels[0];
        return 'skip';
      }
      const items = on.levels.map((level): PickItem & { level: PrivilegeLevel } => ({ label: level, description: levelWords(level), level }));
      return resultOf(await stepPick(ctx.ui, items, { title, step, placeHolder: l10n.t('What may {0} do?', s.user ?? '') }), (p) => (s.level = p.level));
    },
    async (s, step) => {
      // Tying it to an API key is for your own keys only: theirs are not yours to list.
      if (s.user === me && keys === undefined) keys = await ctx.brain().then((b) => b?.apiKeys.list()).catch(() => []) ?? [];
      const items: (PickItem & { id: string })[] = [
        { id: 'plain', label: l10n.t('As it is'), description: l10n.t('with their password (and code, if they use one)') },
        { id: 'yubikey', label: l10n.t('Needs a Yubikey'), description: l10n.t('every use asks for a Yubikey one-time password') },
        ...(s.user === me ? (keys ?? []).map((k) => ({ id: `key:${k.id}`, label: l10n.t('Only for API key {0}', k.label), description: l10n.t('what a script or CI using that key may do') })) : []),
      ];
      const picked = await stepPick(ctx.ui, items, { title, step, placeHolder: l10n.t('How may it be used?') });
      if (picked === BACK || picked === undefined) return resultOf(picked, () => undefined);
      s.yubikey = picked.id === 'yubikey';
      s.key = keys?.find((k) => `key:${k.id}` === picked.id);
      return 'next';
    },
  ];
  if (!(await runWizard(state, steps))) return undefined;
  const { user, level, yubikey, key } = state;
  if (!user || !level) return undefined;
  const who = key ? l10n.t('{0}\'s API key {1}', user, key.label) : user;
  const detail = [levelWords(level), yubikey ? l10n.t('Each use needs a Yubikey one-time password.') : '', l10n.t('Revoke it from Who Has Access… on {0}.', on.name)].filter(Boolean).join('\n');
  const grant = l10n.t('Grant');
  if ((await ctx.ui.ask(l10n.t('Grant {0} {1} on {2}?', who, level, on.name), detail, [grant])) !== grant) return undefined;
  const spec: GrantSpec = { level, ...on.target, ...(yubikey ? { yubikey_required: true } : {}), ...(key ? { api_key_id: key.id } : {}) };
  const needs = on.kind === 'account' ? accountAdmin(on.name) : groupAdmin(...(on.name.split('.').slice(-2) as [string, string]));
  const ok = await runDetail(ctx, undefined, {
    title: l10n.t('Granting {0} {1} on {2}', who, level, on.name),
    what: l10n.t('grant {0} {1} on {2}', who, level, on.name),
    done: l10n.t('Granted {0} {1} on {2}.', who, level, on.name),
    call: async (b, signal) => {
      try {
        await b.privileges.grant(user, spec, { signal });
      } catch (err) {
        throw explainForbidden(err, needs);
      }
    },
  });
  if (ok) ctx.details.accountChanged();
  return ok;
}

export const grantAccess: CommandHandler = async (ctx, arg) => {
  const on = await resolveScope(ctx, arg, { title: l10n.t('Grant Access'), manage: true });
  return on ? grantOn(ctx, on) : undefined;
};

export const definition = defineCommand({
  id: 'bigv.grantAccess',
  title: 'Grant Access…',
  icon: 'person-add',
  rows: [
    { kinds: ['account', 'group'], menu: '8_access@2' },
  ],
  writes: true,
  run: grantAccess,
});
