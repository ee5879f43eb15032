// Hardware Profile…: the virtual hardware the server boots with (virtio or compatibility, by
// year), from the definitions; and the lock that keeps Bytemark from upgrading it. A change
// applies at the next start.
import * as l10n from '@vscode/l10n';
import type { Definitions } from '../../api';
import { succeeded, type CommandHandler } from '../context';
import { updateSpec } from './updateSpec';
import { defineCommand } from '../definition';

export const setHardwareProfile: CommandHandler = async (ctx, arg) => {
  const target = await ctx.resolveServer(arg, { action: 'setHardwareProfile', placeHolder: l10n.t('Select a server to change its hardware profile') });
  if (!target) return undefined;
  let defs: Definitions;
  try {
    defs = await ctx.definitions();
  } catch (err) {
    ctx.reportError(l10n.t('load the hardware profiles'), err);
    return undefined;
  }
  const current = target.vm.hardware_profile ?? undefined;
  const locked = target.vm.hardware_profile_locked === true;
  const lock = locked
    ? { label: l10n.t('$(unlock) Unlock the profile'), detail: l10n.t('Bytemark may then move it to a newer profile'), locked: false }
    : { label: l10n.t('$(lock) Lock the profile'), detail: l10n.t('Keep {0}: Bytemark will not upgrade it', current ?? ''), locked: true };
  const items = [
    ...defs.hardwareProfiles.map((p) => ({ label: p, description: p === current ? l10n.t('current{0}', locked ? l10n.t(', locked') : '') : undefined, profile: p })),
    lock,
  ];
  const picked = await ctx.ui.pick(items, { title: l10n.t('Hardware profile of {0}', target.fullName), placeHolder: l10n.t('Now {0}. A new profile applies at the next start.', current ?? '?') });
  if (!picked) return undefined;
  const profile = 'profile' in picked ? picked.profile : undefined;
  if (profile !== undefined && profile === current) return undefined;
  const outcomes = await ctx.run([target], updateSpec(
    'setHardwareProfile',
    (t) => (profile ? l10n.t('Setting the hardware profile of {0} to {1}', t.fullName, profile) : l10n.t('Changing the profile lock of {0}', t.fullName)),
    (t) => (profile ? l10n.t('{0} boots with {1} from its next start.', t.fullName, profile) : lock.locked ? l10n.t('Locked the hardware profile of {0}.', t.fullName) : l10n.t('Unlocked the hardware profile of {0}.', t.fullName)),
    (brain, t, signal) => (profile ? brain.servers.setHardwareProfile(t.ref, profile, undefined, { signal }) : brain.servers.setHardwareProfileLocked(t.ref, lock.locked, { signal })),
  ));
  return succeeded(outcomes);
};

export const definition = defineCommand({
  id: 'bigv.setHardwareProfile',
  title: 'Hardware Profile…',
  icon: 'chip',
  rows: [
    { kinds: ['server'], menu: '6_change@6' },
  ],
  writes: true,
  run: setHardwareProfile,
});
