// Add Profile…: another cluster, or another user of the same one, signed in beside the others.
// Three steps (name, API endpoint, auth endpoint) with Back, then an offer to sign in at once.
import * as l10n from '@vscode/l10n';
import { validateEndpoint } from '../../api/endpoint';
import { DEFAULTS } from '../../config/settings';
import type { CommandHandler } from '../context';
import { resultOf, runWizard, stepInput, type Step } from '../wizard';
import { endpointValidator, profileNameValidator } from './profilePrompts';
import { defineCommand } from '../definition';

interface State {
  name: string;
  apiEndpoint: string;
  authEndpoint: string;
}

export const addProfile: CommandHandler = async (ctx) => {
  const existing = ctx.profiles.list();
  const first = existing[0];
  const state: State = { name: '', apiEndpoint: first?.apiEndpoint ?? DEFAULTS.apiEndpoint, authEndpoint: first?.authEndpoint ?? DEFAULTS.authEndpoint };
  const title = l10n.t('Add Profile');
  let authTyped = false;
  const steps: Step<State>[] = [
    async (s, step) =>
      resultOf(
        await stepInput(ctx.ui, {
          title,
          step,
          prompt: l10n.t('A name for the profile, shown as the root of its servers (e.g. the client or the cluster)'),
          value: s.name,
          validate: profileNameValidator(existing.map((p) => p.name)),
        }),
        (v) => (s.name = v.trim()),
      ),
    async (s, step) =>
      resultOf(
        await stepInput(ctx.ui, { title, step, prompt: l10n.t('The API endpoint of the cluster (the Bytemark Cloud API is {0})', DEFAULTS.apiEndpoint), value: s.apiEndpoint, validate: endpointValidator }),
        (v) => (s.apiEndpoint = v.trim()),
      ),
    async (s, step) => {
      // The auth server goes with the API: until typed, it is the one known for that API (never another cluster's).
      if (!authTyped) s.authEndpoint = authFor(s.apiEndpoint, existing);
      return resultOf(
        await stepInput(ctx.ui, { title, step, prompt: l10n.t('The authentication endpoint of that cluster (Bytemark\'s is {0})', DEFAULTS.authEndpoint), value: s.authEndpoint, placeHolder: 'https://auth.example.net', validate: endpointValidator }),
        (v) => {
          authTyped = v.trim() !== authFor(s.apiEndpoint, existing);
          s.authEndpoint = v.trim();
        },
      );
    },
  ];
  if (!(await runWizard(state, steps))) return undefined;
  let added;
  try {
    added = await ctx.profiles.add({ name: state.name, apiEndpoint: normal(state.apiEndpoint), authEndpoint: normal(state.authEndpoint) });
  } catch (err) {
    ctx.reportError(l10n.t('add the profile {0}', state.name), err);
    return undefined;
  }
  const signIn = l10n.t('Sign In');
  const apiKey = l10n.t('Sign In with an API Key');
  const answer = await ctx.ui.notify('info', l10n.t('Added the profile {0}. Sign in to see its servers.', added.name), signIn, apiKey);
  if (answer === signIn || answer === apiKey) await ctx.profiles.signIn(added.id, answer === apiKey);
  return added;
};

/** The auth endpoint that goes with an API endpoint: a profile's that has it, Bytemark's for Bytemark's, else none to offer. */
function authFor(apiEndpoint: string, profiles: readonly { apiEndpoint: string; authEndpoint: string }[]): string {
  const api = normal(apiEndpoint);
  const known = profiles.find((p) => normal(p.apiEndpoint) === api);
  if (known) return known.authEndpoint;
  return api === normal(DEFAULTS.apiEndpoint) ? DEFAULTS.authEndpoint : '';
}

function normal(raw: string): string {
  const c = validateEndpoint(raw.trim());
  return c.ok ? c.normalized : raw.trim();
}

export const definition = defineCommand({
  id: 'bigv.addProfile',
  title: 'Add Profile…',
  icon: 'add',
  palette: 'always',
  titleBar: [
    { view: 'servers', group: '9_account@3' },
  ],
  route: 'window',
  writes: false,
  run: addProfile,
});
