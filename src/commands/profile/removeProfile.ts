// Remove Profile…: signs out of it and forgets its stored session. The profile of the endpoint
// settings stays (sign out of it instead); the menus do not offer it there.
import * as l10n from '@vscode/l10n';
import type { CommandHandler } from '../context';
import { resolveProfile } from './profilePrompts';
import { defineCommand } from '../definition';

export const removeProfile: CommandHandler = async (ctx, arg) => {
  const profile = await resolveProfile(ctx, arg, l10n.t('Remove Profile'), (p) => !p.isDefault);
  if (!profile) return undefined;
  if (profile.isDefault) {
    void ctx.ui.notify('info', l10n.t('The profile {0} comes from the endpoint settings and cannot be removed. Sign out of it instead.', profile.name));
    return undefined;
  }
  const remove = l10n.t('Remove');
  const detail = profile.username
    ? l10n.t('You are signed in to it as {0}: this signs you out and forgets the stored session. Its servers are not touched.', profile.username)
    : l10n.t('Its servers are not touched; add it again at any time.');
  if ((await ctx.ui.ask(l10n.t('Remove the profile {0}?', profile.name), detail, [remove])) !== remove) return undefined;
  try {
    await ctx.profiles.remove(profile.id);
  } catch (err) {
    ctx.reportError(l10n.t('remove the profile {0}', profile.name), err);
    return undefined;
  }
  ctx.ui.flash(l10n.t('Removed the profile {0}.', profile.name));
  return profile.id;
};

export const definition = defineCommand({
  id: 'bigv.removeProfile',
  title: 'Remove Profile…',
  icon: 'trash',
  palette: 'bigv.multipleProfiles',
  rows: [
    { kinds: ['profile'], menu: '2_profile@2' },
  ],
  route: 'window',
  writes: false,
  run: removeProfile,
});
