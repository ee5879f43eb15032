// Rename Profile…: only the name changes; the stored session stays (it is kept by the profile's id).
import * as l10n from '@vscode/l10n';
import type { CommandHandler } from '../context';
import { profileNameValidator, resolveProfile } from './profilePrompts';
import { defineCommand } from '../definition';

export const renameProfile: CommandHandler = async (ctx, arg) => {
  const profile = await resolveProfile(ctx, arg, l10n.t('Rename Profile'));
  if (!profile) return undefined;
  const others = ctx.profiles.list().filter((p) => p.id !== profile.id).map((p) => p.name);
  const name = await ctx.ui.input({ title: l10n.t('Rename profile {0}', profile.name), prompt: l10n.t('New name for the profile'), value: profile.name, validate: profileNameValidator(others) });
  if (name === undefined || name.trim() === profile.name) return undefined;
  try {
    await ctx.profiles.rename(profile.id, name.trim());
  } catch (err) {
    ctx.reportError(l10n.t('rename the profile {0}', profile.name), err);
    return undefined;
  }
  ctx.ui.flash(l10n.t('Renamed the profile to {0}.', name.trim()));
  return name.trim();
};

export const definition = defineCommand({
  id: 'bigv.renameProfile',
  title: 'Rename Profile…',
  icon: 'edit',
  palette: 'bigv.multipleProfiles',
  rows: [
    { kinds: ['profile'], menu: '2_profile@1' },
  ],
  route: 'window',
  writes: false,
  run: renameProfile,
});
