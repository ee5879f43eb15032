// The status-bar entry's click: what a user wants from "who am I signed in as" in one list:
// show the servers, sign in to or out of each profile, add a profile.
import * as l10n from '@vscode/l10n';
import type { CommandHandler } from '../context';
import { addProfile } from '../profile/addProfile';
import { defineCommand } from '../definition';

type Choice = { label: string; description?: string; detail?: string; run: () => Promise<unknown> };

export const sessionMenu: CommandHandler = async (ctx) => {
  const profiles = ctx.profiles.list();
  const many = profiles.length > 1;
  const items: Choice[] = [];
  if (profiles.some((p) => p.username)) items.push({ label: `$(list-tree) ${l10n.t('Show the Servers')}`, run: () => ctx.view.show() });
  for (const p of profiles) {
    const where = many ? p.name : p.apiEndpoint;
    if (p.username) {
      items.push({ label: `$(sign-out) ${many ? l10n.t('Sign Out of {0}', p.name) : l10n.t('Sign Out')}`, description: l10n.t('signed in as {0}', p.username), detail: many ? p.apiEndpoint : undefined, run: () => ctx.profiles.signOut(p.id) });
    } else {
      items.push({ label: `$(sign-in) ${many ? l10n.t('Sign In to {0}', p.name) : l10n.t('Sign In')}`, description: where, run: () => ctx.profiles.signIn(p.id, false) });
      items.push({ label: `$(key) ${many ? l10n.t('Sign In to {0} with an API Key', p.name) : l10n.t('Sign In with an API Key')}`, description: where, run: () => ctx.profiles.signIn(p.id, true) });
    }
  }
  items.push({ label: `$(add) ${l10n.t('Add Profile…')}`, description: l10n.t('another cluster, or another user'), run: () => addProfile(ctx) });
  const picked = await ctx.ui.pick(items, { title: l10n.t('Bytemark Cloud'), placeHolder: l10n.t('Sign in, sign out, or add a profile') });
  return picked?.run();
};

export const definition = defineCommand({
  id: 'bigv.sessionMenu',
  title: 'Sessions and Profiles (status bar)',
  icon: 'cloud',
  palette: 'false',
  route: 'window',
  writes: false,
  run: sessionMenu,
});
